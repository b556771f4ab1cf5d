// Demo preference rounds for Dakar (workshops by ranked preference), in memory:
// - a CLOSED round over the last block of workshops, ranked by most approved delegates
//   (those workshops get no first-come-first-served enrolments), ready to run, preview and publish;
// - an OPEN round over the field visits, where delegates can still rank (the head has not).
// Its own seeded generator: the other seed modules' random sequences stay unchanged.
import type { Prisma } from '../../src/generated/prisma/client';
import { seededRandom } from '../../src/features/allocation/model';
import { pickRanked } from '../../src/features/allocation/synthetic';

const DAY = 86_400_000;
const LATE = new Set(['AFRICA', 'ASIA']);

type Input = {
  now: Date;
  eventId: string;
  sessions: Prisma.SessionCreateManyInput[];
  enrollments: Prisma.SessionEnrollmentCreateManyInput[];
  registrations: { id?: string; status: string; continent: string }[];
  /** The demo head's registration: always ranked in the closed round, never in the open one. */
  headRegistrationId: string;
};

export function buildAllocationDemo(input: Input) {
  const random = seededRandom(0xa110c);
  let n = 0;
  const id = () => `alloc${(n++).toString(36).padStart(5, '0')}${Math.floor(random() * 2 ** 40).toString(36)}`;
  const time = (s: Prisma.SessionCreateManyInput) => new Date(s.startsAt).getTime();
  const workshops = input.sessions.filter((s) => s.kind === 'WORKSHOP');
  const lastStart = Math.max(...workshops.map(time));
  const block = workshops.filter((s) => time(s) === lastStart);
  const blockIds = new Set(block.map((s) => s.id!));
  const enrollments = input.enrollments.filter((e) => !blockIds.has(e.sessionId));
  const sessions = input.sessions.map((s) => (blockIds.has(s.id!) ? { ...s, enrolledCount: 0, waitlistCounter: 0 } : s));
  const visits = input.sessions.filter((s) => s.kind === 'FIELD_VISIT');

  const closed: Prisma.PreferenceRoundCreateManyInput = {
    id: id(), eventId: input.eventId, name: 'Ateliers du mercredi — par préférence', sessionIds: block.map((s) => s.id!),
    opensAt: new Date(input.now.getTime() - 10 * DAY), closesAt: new Date(input.now.getTime() - 3_600_000), choices: 3, balanceWeight: 1, tolerance: 0.1,
  };
  const open: Prisma.PreferenceRoundCreateManyInput = {
    id: id(), eventId: input.eventId, name: 'Visites de terrain — par préférence', sessionIds: visits.map((s) => s.id!),
    opensAt: new Date(input.now.getTime() - 2 * DAY), closesAt: new Date(input.now.getTime() + 7 * DAY), choices: Math.min(3, visits.length), balanceWeight: 1, tolerance: 0.1,
  };
  // Popularity: a seeded order of the workshops (earlier ones are ranked more often).
  const popular = block.map((s) => s.id!).sort(() => random() - 0.5);
  const rankings: Prisma.PreferenceRankingCreateManyInput[] = [];
  const opens = new Date(closed.opensAt).getTime();
  const span = new Date(closed.closesAt).getTime() - opens;
  for (const r of input.registrations) {
    if (r.status !== 'APPROVED' || !r.id) continue;
    const isHead = r.id === input.headRegistrationId;
    if (!isHead && random() > 0.85) continue;
    // Delegates with slow connections (here, from Africa and Asia) tend to rank later.
    const when = opens + span * Math.min(0.99, random() * 0.7 + (LATE.has(r.continent) ? 0.3 : 0));
    const choices = pickRanked(popular, 3, random).map((sessionId, i) => ({ sessionId, rank: i + 1 }));
    rankings.push({ id: id(), roundId: closed.id!, registrationId: r.id, choices, submittedAt: new Date(when), updatedAt: new Date(when) });
  }
  return { sessions, enrollments, rounds: [closed, open], rankings };
}
