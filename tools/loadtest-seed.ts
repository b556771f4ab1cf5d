// npm run loadtest: the seed (tools/loadtest.ts).
import { randomBytes, randomUUID } from 'node:crypto';
import type { Baseline } from './loadtest-raw';

export type Seeded = {
  crash: { n: number; slug: string; eventId: string; values: Record<string, unknown>[]; users: { id: string; email: string }[] } | null;
  bursts: { n: number; slug: string; values: Record<string, unknown>[]; users: { id: string; email: string }[] }[];
  baseline: Baseline[];
  enrol: { slug: string; sessionId: string; users: { id: string; email: string }[] };
  publicSlug: string;
};

/** Users and events for every phase, written straight to the database (before the server starts). */
export async function seed({ bursts: sizes, enrol: ENROL, enrolSeats: ENROL_SEATS, crash: CRASH, kind }: { bursts: number[]; enrol: number; enrolSeats: number; crash: number; kind: 'pglite' | 'postgres' }): Promise<Seeded> {
  const { db } = await import('../src/lib/db');
  const { createRegistrationEvent, validValues } = await import('../tests/factories/registration');
  const { createEvent } = await import('../tests/factories');
  const makeUsers = async (n: number, tag: string) => {
    const data = Array.from({ length: n }, (_, i) => ({ email: `lt-${tag}-${i}-${randomUUID().slice(0, 6)}@loadtest.example`, name: `Délégué ${tag} ${i}`, passwordHash: 'x', emailVerifiedAt: new Date() }));
    for (let i = 0; i < data.length; i += 500) await db.user.createMany({ data: data.slice(i, i + 500) });
    return db.user.findMany({ where: { email: { in: data.map((d) => d.email) } }, select: { id: true, email: true }, orderBy: { email: 'asc' } });
  };
  const bursts: Seeded['bursts'] = [];
  const baseline: Seeded['baseline'] = [];
  for (const n of sizes) {
    const users = await makeUsers(n, `b${n}`);
    const event = await createRegistrationEvent({ capacity: Math.floor(n / 2) });
    bursts.push({ n, slug: event.slug, users, values: users.map((u) => validValues(event, { email: u.email }) as unknown as Record<string, unknown>) });
    const raw = await createRegistrationEvent({ capacity: Math.floor(n / 2) });
    baseline.push({ n, eventId: raw.id, code: raw.code, feeId: raw.feeCategories[1]!.id, users });
  }
  // Enrolment race: ENROL approved registrations, one session of ENROL_SEATS seats.
  const enrolEvent = await createEvent({ capacity: null, requiresApproval: false });
  const enrolUsers = await makeUsers(ENROL, 'e');
  await db.registration.createMany({
    data: enrolUsers.map((u, i) => ({
      eventId: enrolEvent.id, userId: u.id, referenceSeq: i + 1, referenceNumber: `${enrolEvent.code}-${String(i + 1).padStart(5, '0')}`, status: 'APPROVED' as const,
      firstName: 'Awa', lastName: `Diallo ${i}`, email: u.email, organization: 'Coopérative', organizationKind: 'COOPERATIVE' as const, country: 'SN', continent: 'AFRICA' as const,
      searchText: `awa diallo ${u.email}`, languages: ['fr'], interpretationNeeds: [], consentVersion: '1', consentedAt: new Date(), calendarToken: randomBytes(24).toString('base64url'),
    })),
  });
  const session = await db.session.create({
    data: { eventId: enrolEvent.id, kind: 'WORKSHOP', title: { fr: 'Atelier de charge', en: 'Load workshop' }, startsAt: new Date(enrolEvent.startDate.getTime() + 9 * 3_600_000), endsAt: new Date(enrolEvent.startDate.getTime() + 10 * 3_600_000), capacity: ENROL_SEATS, workingLanguages: ['fr'], interpretationLanguages: [] },
  });
  // A few more sessions so the programme page has some content.
  for (let i = 1; i <= 12; i++) {
    await db.session.create({ data: { eventId: enrolEvent.id, kind: 'WORKSHOP', title: { fr: `Atelier ${i}`, en: `Workshop ${i}` }, startsAt: new Date(enrolEvent.startDate.getTime() + (9 + i) * 3_600_000), endsAt: new Date(enrolEvent.startDate.getTime() + (10 + i) * 3_600_000), capacity: 40, workingLanguages: ['fr'], interpretationLanguages: ['en'] } });
  }
  // The crash phase (PostgreSQL only): its own event and users.
  let crash: Seeded['crash'] = null;
  if (kind === 'postgres' && CRASH > 0) {
    const users = await makeUsers(CRASH, 'k');
    const event = await createRegistrationEvent({ capacity: Math.floor(CRASH / 3) });
    crash = { n: CRASH, slug: event.slug, eventId: event.id, users, values: users.map((u) => validValues(event, { email: u.email }) as unknown as Record<string, unknown>) };
  }
  return { crash, bursts, baseline, enrol: { slug: enrolEvent.slug, sessionId: session.id, users: enrolUsers }, publicSlug: enrolEvent.slug };
}
