// Programme factories: events, rooms, sessions and registrations written directly
// (no dependency on the registration form). Every call makes unique slugs/codes.
import { randomBytes, randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import type { Prisma } from '@/generated/prisma/client';
import { createEvent, createUser } from '../factories';

export { createEvent };

const short = () => randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase();
const DAY = 86_400_000;


export async function createRoom(eventId: string, overrides: Partial<Prisma.RoomUncheckedCreateInput> = {}) {
  return db.room.create({ data: { eventId, name: `Salle ${short()}`, capacity: 100, interpretationBooths: 2, ...overrides } });
}

/** `day` 0 = the event's first day; times are hours in UTC (= Dakar wall-clock). */
export function eventTime(event: { startDate: Date }, day: number, hour: number, minute = 0): Date {
  return new Date(event.startDate.getTime() + day * DAY + hour * 3_600_000 + minute * 60_000);
}

export async function createSession(event: { id: string; startDate: Date }, overrides: Partial<Prisma.SessionUncheckedCreateInput> & { day?: number; from?: number; to?: number } = {}) {
  const { day = 0, from = 9, to = 10, ...rest } = overrides;
  return db.session.create({
    data: {
      eventId: event.id,
      kind: 'WORKSHOP',
      title: { fr: `Atelier ${short()}`, en: `Workshop ${short()}` },
      startsAt: eventTime(event, day, from),
      endsAt: eventTime(event, day, to),
      workingLanguages: ['fr'],
      interpretationLanguages: [],
      ...rest,
    },
  });
}

let seq = 0;

/** A delegate with a registration to `eventId` (default APPROVED, from Senegal). */
export async function createRegistration(eventId: string, overrides: Partial<Prisma.RegistrationUncheckedCreateInput> & { locale?: 'fr' | 'en' | 'es' | 'pt' } = {}) {
  const { locale, ...rest } = overrides;
  const user = await createUser({ locale: locale ?? 'fr' });
  seq += 1;
  const referenceSeq = Number(`${Date.now() % 1_000_000}${String(seq).padStart(4, '0')}`) % 2_000_000_000;
  const registration = await db.registration.create({
    data: {
      eventId,
      userId: user.id,
      referenceSeq,
      referenceNumber: `T-${short()}`,
      status: 'APPROVED',
      firstName: 'Awa',
      lastName: `Diallo ${seq}`,
      gender: 'FEMALE',
      email: user.email,
      organization: 'Coopérative des femmes de Thiès',
      organizationKind: 'COOPERATIVE',
      country: 'SN',
      continent: 'AFRICA',
      searchText: `awa diallo ${user.email}`,
      languages: ['fr', 'wo'],
      interpretationNeeds: [],
      consentVersion: '1',
      consentedAt: new Date(),
      calendarToken: randomBytes(32).toString('base64url'),
      ...rest,
    },
  });
  return { user, registration };
}

/** `n` registrations quickly (one user + registration each, created in one batch). */
export async function createRegistrations(eventId: string, n: number) {
  const out: { user: { id: string }; registration: { id: string } }[] = [];
  for (let i = 0; i < n; i += 50) {
    out.push(...(await Promise.all(Array.from({ length: Math.min(50, n - i) }, () => createRegistration(eventId)))));
  }
  return out;
}
