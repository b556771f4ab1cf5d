import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/generated/prisma/client';
import type { RegistrationStatus } from '@/generated/prisma/enums';
import { openSensitive } from '@/features/registrations/sensitive';
import { DEFAULT_LETTER_STATUS } from './policy';
import { CORRECTION_REASON } from './revoke';
import type { LetterQueueFilter } from './schema';

export const QUEUE_PAGE_SIZE = 50;

/** The event as the letter pages need it (by slug). */
export function findLetterEvent(slug: string) {
  return db.event.findUnique({ where: { slug }, select: { id: true, slug: true, code: true, title: true, city: true, country: true, startDate: true, endDate: true, timeZone: true, languages: true, status: true, currency: true } });
}
export type LetterEvent = NonNullable<Awaited<ReturnType<typeof findLetterEvent>>>;

/** The event's letter settings, without the image bytes (null: never saved). */
export function findLetterSettings(eventId: string) {
  return db.visaLetterSettings.findUnique({
    where: { eventId },
    select: { templates: true, signatoryName: true, signatoryTitle: true, signatureType: true, logoType: true, retentionDays: true, visaDataErasedAt: true, updatedAt: true },
  });
}

/** Settings with the image bytes (for drawing a PDF). */
export function findLetterSettingsWithImages(eventId: string) {
  return db.visaLetterSettings.findUnique({ where: { eventId } });
}

/** A letter the secretariat revoked on purpose (not a correction): bulk issuing skips its holder. */
export const deliberatelyRevoked: Prisma.VisaLetterWhereInput = { status: 'REVOKED', NOT: { revokeReason: CORRECTION_REASON } };

/** Registrations the filter selects (the state aside). Status defaults to APPROVED; `ALL` is not offered: pick one. */
export function queueBaseWhere(eventId: string, f: Pick<LetterQueueFilter, 'nationality' | 'country' | 'delegationId' | 'status'>): Prisma.RegistrationWhereInput {
  const where: Prisma.RegistrationWhereInput = { eventId, visaLetterRequested: true, status: (f.status ?? DEFAULT_LETTER_STATUS) as RegistrationStatus };
  if (f.nationality) where.nationality = f.nationality;
  if (f.country) where.country = f.country;
  if (f.delegationId) where.delegationId = f.delegationId;
  return where;
}

/** Waiting for a letter: no valid letter, and none revoked on purpose. */
export const requestedWhere: Prisma.RegistrationWhereInput = { visaLetterIssuedAt: null, visaLetters: { none: deliberatelyRevoked } };
const STATE_WHERE = {
  requested: requestedWhere,
  issued: { visaLetters: { some: { status: 'ISSUED' } } },
  revoked: { visaLetters: { some: { status: 'REVOKED' } } },
} satisfies Record<string, Prisma.RegistrationWhereInput>;

/** One page of the secretariat's queue, the counts per state and the filter's choices. */
export async function listLetterQueue(eventId: string, f: LetterQueueFilter) {
  const base = queueBaseWhere(eventId, f);
  const state = f.state ?? 'requested';
  const where: Prisma.RegistrationWhereInput = { AND: [base, STATE_WHERE[state]] };
  const page = f.page ?? 1;
  const [rows, total, requested, issued, revoked, choices, delegations] = await Promise.all([
    db.registration.findMany({
      where,
      orderBy: { referenceSeq: 'asc' },
      skip: (page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true, referenceNumber: true, firstName: true, lastName: true, nationality: true, country: true, status: true,
        delegation: { select: { name: true } },
        visaLetters: { orderBy: { issuedAt: 'desc' }, take: 3, select: { id: true, number: true, status: true, issuedAt: true, revokedAt: true, revokeReason: true, code: true } },
      },
    }),
    db.registration.count({ where }),
    db.registration.count({ where: { AND: [base, STATE_WHERE.requested] } }),
    db.registration.count({ where: { AND: [base, STATE_WHERE.issued] } }),
    db.registration.count({ where: { AND: [base, STATE_WHERE.revoked] } }),
    db.registration.findMany({ where: { eventId, visaLetterRequested: true }, distinct: ['nationality', 'country'], select: { nationality: true, country: true } }),
    db.delegation.findMany({ where: { eventId }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  ]);
  return {
    rows, total, page, pageSize: QUEUE_PAGE_SIZE, state,
    counts: { requested, issued, revoked },
    nationalities: [...new Set(choices.map((c) => c.nationality).filter((n): n is string => !!n))].sort(),
    countries: [...new Set(choices.map((c) => c.country))].sort(),
    delegations,
  };
}

const letterForPdfSelect = {
  id: true, number: true, code: true, status: true, issuedAt: true, holderName: true, nationality: true, locale: true,
  event: { select: { id: true, code: true, title: true, city: true, country: true, startDate: true, endDate: true, timeZone: true, languages: true, currency: true } },
  registration: { select: { userId: true, organization: true, passportNumberEnc: true, passportExpiry: true, dateOfBirthEnc: true, bursaryStatus: true, bursaryGrantedMinor: true } },
} as const satisfies Prisma.VisaLetterSelect;

function openLetter<T extends { registration: { passportNumberEnc: string | null; dateOfBirthEnc: string | null } }>(letter: T | null) {
  return letter ? { ...letter, registration: openSensitive(letter.registration) } : null;
}

/** A valid letter for its holder (scoped by the owner's id), or for the secretariat; null otherwise. */
export async function findLetterForDownload(actor: { id: string; role: string }, letterId: string) {
  const scope: Prisma.VisaLetterWhereInput = actor.role === 'SECRETARIAT' ? { id: letterId } : { id: letterId, registration: { userId: actor.id } };
  return openLetter(await db.visaLetter.findFirst({ where: { ...scope, status: 'ISSUED' }, select: letterForPdfSelect }));
}
export type LetterForPdf = NonNullable<Awaited<ReturnType<typeof findLetterForDownload>>>;

/** The owner's current letter for a registration (for their registration page). */
export function findOwnValidLetter(userId: string, registrationId: string) {
  return db.visaLetter.findFirst({ where: { registrationId, status: 'ISSUED', registration: { userId } }, orderBy: { issuedAt: 'desc' }, select: { id: true, number: true, issuedAt: true } });
}

/**
 * What an embassy sees at /verify/<code>: exactly these fields (never
 * passport data, which is not even selected). Null for an unknown code.
 */
export function findLetterForVerification(code: string) {
  return db.visaLetter.findUnique({
    where: { code },
    select: { number: true, holderName: true, nationality: true, status: true, issuedAt: true, revokedAt: true, event: { select: { title: true, languages: true, startDate: true, endDate: true, city: true, country: true } } },
  });
}
