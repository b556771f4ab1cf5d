// Rooms, tracks, sessions, speakers and session enrolments for Dakar, in memory.
// Enrolments follow the app's rules: seats up to the capacity, then a wait list
// numbered 1..n; nobody holds two overlapping sessions (enrolled or waiting);
// eligibility (continent, gender, kind of organisation) respected.
import type { Prisma } from '@/generated/prisma/client';
import { COUNTRIES } from './countries';
import { fullName, makePerson } from './people';
import { ROOMS, SESSIONS, TRACKS, type Eligibility, type SessionDef } from './programme';
import { zonedTime, type Rng } from './random';
import type { Enrollee } from './build-registrations';

export type ProgrammeInput = {
  rng: Rng;
  now: Date;
  eventId: string;
  timeZone: string;
  day: (i: number) => string;
  enrollees: Enrollee[];
};

const EVENT_LANGUAGES = ['fr', 'en', 'es', 'pt'];
/** Chance that a delegate enrols in one of a group of parallel sessions. */
const TAKE_UP: Record<SessionDef['kind'], number> = { PLENARY: 0.8, WORKSHOP: 0.85, CAUCUS: 1, CONTINENTAL: 0.75, FIELD_VISIT: 0.12, SOCIAL: 0.6 };
const SPEAKERS: Record<SessionDef['kind'], [number, number]> = { PLENARY: [3, 5], WORKSHOP: [2, 3], CAUCUS: [0, 1], CONTINENTAL: [0, 1], FIELD_VISIT: [1, 1], SOCIAL: [0, 0] };

type Slot = { def: SessionDef; id: string; start: number; end: number; capacity: number; enrolled: number; waitlist: number; last: number };

function eligible(e: Eligibility, p: Enrollee): boolean {
  if (e.continents && !e.continents.includes(p.continent)) return false;
  if (e.organizationKinds && !(e.organizationKinds as string[]).includes(p.organizationKind)) return false;
  if (e.genders && !(e.genders as string[]).includes(p.gender)) return false;
  return true;
}

export function buildProgramme(input: ProgrammeInput) {
  const { rng, eventId, timeZone, now } = input;
  const rooms: Prisma.RoomCreateManyInput[] = ROOMS.map((r) => ({ id: rng.id(), eventId, name: r.name, capacity: r.capacity, interpretationBooths: r.booths, location: r.location }));
  const roomByName = new Map(ROOMS.map((r, i) => [r.name, { ...r, id: rooms[i].id! }]));
  const tracks: Prisma.TrackCreateManyInput[] = TRACKS.map((t, i) => ({ id: rng.id(), eventId, name: t.name, color: t.color, sortOrder: i }));
  const trackByKey = new Map(TRACKS.map((t, i) => [t.key, tracks[i].id!]));

  const slots: Slot[] = SESSIONS.map((def) => {
    const room = def.room ? roomByName.get(def.room) : undefined;
    if (def.room && !room) throw new Error(`Unknown room ${def.room}`);
    return {
      def,
      id: rng.id(),
      start: zonedTime(input.day(def.day), def.start, timeZone).getTime(),
      end: zonedTime(input.day(def.day), def.end, timeZone).getTime(),
      capacity: def.capacity ?? room?.capacity ?? Number.POSITIVE_INFINITY,
      enrolled: 0,
      waitlist: 0,
      last: 0,
    };
  });

  // Parallel sessions: same day and start.
  const groups = new Map<string, Slot[]>();
  for (const slot of slots) groups.set(`${slot.start}`, [...(groups.get(`${slot.start}`) ?? []), slot]);
  const ordered = [...groups.values()].sort((a, b) => a[0].start - b[0].start);

  const enrollments: Prisma.SessionEnrollmentCreateManyInput[] = [];
  for (const person of input.enrollees) {
    if (person.status !== 'APPROVED' && person.status !== 'SUBMITTED') continue;
    const busy: [number, number][] = [];
    let clock = person.createdAt.getTime() + rng.int(2, 60) * 60_000;
    for (const group of ordered) {
      if (!rng.chance(TAKE_UP[group[0].def.kind])) continue;
      let open = group.filter((s) => eligible(s.def.eligibility, person) && !busy.some(([a, b]) => s.start < b && a < s.end));
      // Caucuses are chosen one by one: a union member goes to the union caucus, few others drop in.
      if (group[0].def.kind === 'CAUCUS') open = open.filter((s) => rng.chance(s.def.eligibility.organizationKinds ? 0.6 : s.def.eligibility.genders ? 0.4 : 0.08));
      if (open.length === 0) continue;
      let choice = rng.weighted(open.map((s) => [s, s.def.appeal] as const));
      let status: 'ENROLLED' | 'WAITLISTED' = 'ENROLLED';
      if (choice.enrolled >= choice.capacity) {
        const maxWait = Math.min(60, Math.max(5, Math.round(choice.capacity * 0.25)));
        const others = open.filter((s) => s.enrolled < s.capacity);
        if (choice.waitlist < maxWait && (others.length === 0 || rng.chance(0.5))) status = 'WAITLISTED';
        else if (others.length > 0) choice = rng.weighted(others.map((s) => [s, s.def.appeal] as const));
        else continue;
      }
      clock += rng.int(1, 20) * 60_000;
      const createdAt = Math.min(now.getTime() - 1000, Math.max(clock, choice.last + 1000));
      choice.last = createdAt;
      // A few enrol and later withdraw: the seat went back before anyone queued.
      const cancelled = status === 'ENROLLED' && rng.chance(0.03);
      if (!cancelled) busy.push([choice.start, choice.end]);
      if (status === 'WAITLISTED') choice.waitlist += 1;
      else if (!cancelled) choice.enrolled += 1;
      enrollments.push({
        id: rng.id(),
        sessionId: choice.id,
        registrationId: person.id,
        status: cancelled ? 'CANCELLED' : status,
        waitlistPosition: status === 'WAITLISTED' ? choice.waitlist : null,
        createdAt: new Date(createdAt),
        updatedAt: new Date(cancelled ? Math.min(now.getTime(), createdAt + 86_400_000) : createdAt),
      });
    }
  }

  const sessions: Prisma.SessionCreateManyInput[] = slots.map((s) => {
    const room = s.def.room ? roomByName.get(s.def.room) : undefined;
    return {
      id: s.id,
      eventId,
      trackId: s.def.track ? trackByKey.get(s.def.track) : null,
      roomId: room?.id ?? null,
      kind: s.def.kind,
      title: s.def.title,
      description: s.def.description,
      startsAt: new Date(s.start),
      endsAt: new Date(s.end),
      capacity: s.def.capacity ?? null,
      enrolledCount: s.enrolled,
      waitlistCounter: s.waitlist,
      workingLanguages: s.def.workingLanguages,
      interpretationLanguages: room ? EVENT_LANGUAGES.filter((l) => !s.def.workingLanguages.includes(l)).slice(0, room.booths) : [],
      eligibility: s.def.eligibility,
    };
  });

  const speakers: Prisma.SessionSpeakerCreateManyInput[] = [];
  const speakerCountries = COUNTRIES.map((c) => [c, Math.sqrt(c.weight)] as const);
  for (const s of slots) {
    const [min, max] = SPEAKERS[s.def.kind];
    const count = rng.int(min, max);
    const moderated = s.def.kind !== 'SOCIAL';
    for (let i = 0; i < count + (moderated ? 1 : 0); i++) {
      const p = makePerson(rng, rng.weighted(speakerCountries));
      speakers.push({ id: rng.id(), sessionId: s.id, name: fullName(p), organization: p.organization, country: p.country.code, role: i === 0 && moderated ? 'MODERATOR' : 'SPEAKER', sortOrder: i });
    }
  }

  return { rooms, tracks, sessions, speakers, enrollments };
}
