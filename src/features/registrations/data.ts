import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/generated/prisma/client';
import type { Role } from '@/generated/prisma/enums';
import { canSeeEvent } from '@/features/events/policy';
import { parseOptions, type QuestionDef } from './questions';
import { foldQuery } from './reference';
import type { ListRegistrationsQuery, ParticipantTypeValue, RegistrationContext } from './schema';
import { openDraftValues, openSensitive, type PlainSensitive, type SealedSensitive } from './sensitive';
import { dayString, todayIn } from '@/lib/zoned-time';

// Sensitive fields (passport, date of birth) are selected only by the
// functions whose names say so, and only for the owner or the secretariat.

export const eventForRegistrationSelect = {
  id: true,
  slug: true,
  code: true,
  title: true,
  status: true,
  timeZone: true,
  currency: true,
  startDate: true,
  endDate: true,
  languages: true,
  capacity: true,
  seatsTaken: true,
  requiresApproval: true,
  participantTypes: true,
  privacyNotice: true,
  privacyNoticeVersion: true,
  registrationOpensAt: true,
  registrationClosesAt: true,
  feeCategories: { where: { active: true }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], select: { id: true, code: true, label: true, description: true, amountMinor: true, currency: true } },
  questions: { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], select: { key: true, type: true, label: true, options: true, required: true, showIfKey: true, showIfValue: true } },
} as const satisfies Prisma.EventSelect;

export type EventForRegistration = Prisma.EventGetPayload<{ select: typeof eventForRegistrationSelect }>;

/**
 * The event with what the form needs (the shape of eventForRegistrationSelect); null when
 * missing or invisible to `role`. One statement rather than Prisma's three (event, fee
 * categories, questions): every submission of a registration opening's burst runs it.
 */
export async function findEventForRegistration(slug: string, role: Role | null): Promise<EventForRegistration | null> {
  const [event] = await db.$queryRaw<EventForRegistration[]>`
    SELECT e.id, e.slug, e.code, e.title, e.status::text AS status, e."timeZone", e.currency, e."startDate", e."endDate",
      e.languages::text[] AS languages, e.capacity, e."seatsTaken", e."requiresApproval", e."participantTypes"::text[] AS "participantTypes",
      e."privacyNotice", e."privacyNoticeVersion", e."registrationOpensAt", e."registrationClosesAt",
      COALESCE((SELECT json_agg(json_build_object('id', f.id, 'code', f.code, 'label', f.label, 'description', f.description, 'amountMinor', f."amountMinor", 'currency', f.currency) ORDER BY f."sortOrder", f.id)
        FROM "FeeCategory" f WHERE f."eventId" = e.id AND f.active), '[]'::json) AS "feeCategories",
      COALESCE((SELECT json_agg(json_build_object('key', q.key, 'type', q.type, 'label', q.label, 'options', q.options, 'required', q.required, 'showIfKey', q."showIfKey", 'showIfValue', q."showIfValue") ORDER BY q."sortOrder", q.id)
        FROM "CustomQuestion" q WHERE q."eventId" = e.id), '[]'::json) AS questions
    FROM "Event" e WHERE e.slug = ${slug}`;
  return event && canSeeEvent(event.status, role) ? event : null;
}

export function questionsOf(event: Pick<EventForRegistration, 'questions'>): QuestionDef[] {
  return event.questions.map((q) => ({ ...q, label: (q.label ?? {}) as QuestionDef['label'], options: parseOptions(q.options) }));
}

/** The schema's view of the event (serializable, passed to the form). */
export function registrationContext(event: EventForRegistration, now: Date = new Date()): RegistrationContext {
  return {
    participantTypes: event.participantTypes as ParticipantTypeValue[],
    feeCategoryIds: event.feeCategories.map((f) => f.id),
    questions: questionsOf(event),
    eventStart: dayString(event.startDate),
    eventEnd: dayString(event.endDate),
    today: todayIn(event.timeZone, now),
  };
}

export async function findDraft(userId: string, eventId: string) {
  const draft = await db.registrationDraft.findUnique({ where: { userId_eventId: { userId, eventId } }, select: { data: true, step: true, updatedAt: true } });
  return draft ? { ...draft, data: openDraftValues(draft.data) as typeof draft.data } : null;
}

/** Everything but the sensitive fields (nationality, passport, date of birth: see sensitiveSelect). */
export const registrationSelect = {
  id: true,
  eventId: true,
  userId: true,
  delegationId: true,
  referenceSeq: true,
  referenceNumber: true,
  status: true,
  participantType: true,
  feeCategoryId: true,
  firstName: true,
  lastName: true,
  nameOrder: true,
  gender: true,
  email: true,
  phone: true,
  organization: true,
  organizationKind: true,
  organizationRole: true,
  country: true,
  continent: true,
  city: true,
  languages: true,
  interpretationNeeds: true,
  arrivalAt: true,
  departureAt: true,
  travelDetails: true,
  accommodation: true,
  dietary: true,
  dietaryNotes: true,
  accessibility: true,
  accessibilityNotes: true,
  visaLetterRequested: true,
  visaLetterIssuedAt: true,
  bursaryRequested: true,
  bursaryAmountMinor: true,
  bursaryReason: true,
  bursaryStatus: true,
  customAnswers: true,
  consentVersion: true,
  consentedAt: true,
  decisionReason: true,
  decidedAt: true,
  submittedAt: true,
  cancelledAt: true,
  updatedAt: true,
  feeCategory: { select: { id: true, code: true, label: true, amountMinor: true, currency: true } },
} as const satisfies Prisma.RegistrationSelect;

/** Visa data: the delegate and the secretariat only (pages, exports, PDFs, e-mails). Passport number and date of birth are sealed columns, decrypted by `openSensitive` after the read (see sensitive.ts). */
export const sensitiveSelect = { nationality: true, passportNumberEnc: true, passportExpiry: true, dateOfBirthEnc: true } as const satisfies Prisma.RegistrationSelect;

export type RegistrationView = Prisma.RegistrationGetPayload<{ select: typeof registrationSelect }>;
export type SensitiveFields = PlainSensitive & { passportExpiry: Date | null; nationality: string | null };

const withSensitive = { ...registrationSelect, ...sensitiveSelect } as const;
const open = <T extends Partial<SealedSensitive>>(row: T | null) => (row ? openSensitive(row) : null);

/** The owner's registration to an event, sensitive fields included (the owner may see them). */
export async function findOwnRegistrationWithSensitive(userId: string, eventId: string) {
  return open(await db.registration.findUnique({ where: { eventId_userId: { eventId, userId } }, select: withSensitive }));
}

/** The owner's registrations, newest event first (no sensitive fields needed for a list). */
export function listOwnRegistrations(userId: string) {
  return db.registration.findMany({
    where: { userId },
    orderBy: { event: { startDate: 'desc' } },
    select: { id: true, referenceNumber: true, status: true, event: { select: { slug: true, title: true, languages: true, startDate: true, endDate: true } } },
  });
}

/** A registration as the owner sees it (by id; null when it is someone else's). */
export async function findRegistrationForOwner(userId: string, id: string) {
  return open(await db.registration.findFirst({ where: { id, userId }, select: withSensitive }));
}

/**
 * A registration for a staff member: the secretariat gets the sensitive fields,
 * an organizer never does (they are not even selected). Null for anyone else.
 */
export async function findRegistrationForStaff(actor: { role: Role }, id: string): Promise<(RegistrationView & Partial<SensitiveFields>) | null> {
  if (actor.role === 'SECRETARIAT') return open(await db.registration.findUnique({ where: { id }, select: withSensitive }));
  if (actor.role === 'ORGANIZER') return db.registration.findUnique({ where: { id }, select: registrationSelect });
  return null;
}

export const PAGE_SIZE = 50;

export function staffListWhere(eventId: string, q: ListRegistrationsQuery): Prisma.RegistrationWhereInput {
  const where: Prisma.RegistrationWhereInput = { eventId };
  if (q.status) where.status = q.status;
  if (q.country) where.country = q.country;
  if (q.type) where.participantType = q.type;
  if (q.fee) where.feeCategoryId = q.fee;
  if (q.bursary) where.bursaryRequested = q.bursary === 'yes';
  if (q.visa) where.visaLetterRequested = q.visa === 'yes';
  const folded = q.q ? foldQuery(q.q) : '';
  if (folded) where.AND = folded.split(' ').map((word) => ({ searchText: { contains: word } }));
  return where;
}

/** One page of an event's registrations for staff: never the sensitive fields. */
export async function listRegistrationsForStaff(eventId: string, q: ListRegistrationsQuery) {
  const where = staffListWhere(eventId, q);
  const page = q.page ?? 1;
  const [rows, total, countries] = await Promise.all([
    db.registration.findMany({
      where,
      orderBy: { referenceSeq: 'asc' },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, referenceNumber: true, status: true, firstName: true, lastName: true, email: true, country: true, participantType: true, organization: true, visaLetterRequested: true, bursaryRequested: true, feeCategory: { select: { label: true } } },
    }),
    db.registration.count({ where }),
    db.registration.findMany({ where: { eventId }, distinct: ['country'], select: { country: true } }),
  ]);
  return { rows, total, page, pageSize: PAGE_SIZE, countries: countries.map((c) => c.country) };
}

/** The wait list of an event in promotion order. */
export function listWaitlist(eventId: string) {
  return db.registration.findMany({ where: { eventId, status: 'WAITLISTED' }, orderBy: { referenceSeq: 'asc' }, select: { id: true, referenceNumber: true } });
}

/** The event of a registration the user owns; NOT_FOUND for anyone else's (nothing revealed). */
export async function findOwnedRegistrationEvent(userId: string, registrationId: string): Promise<EventForRegistration> {
  const r = await db.registration.findFirst({ where: { id: registrationId, userId }, select: { event: { select: eventForRegistrationSelect } } });
  if (!r) throw new AppError('NOT_FOUND');
  return r.event;
}

/**
 * What the confirmation PDF shows (never sensitive fields): for the owner and
 * staff; null for anyone else, so a stranger cannot tell whether it exists.
 */
export function findRegistrationForConfirmation(actor: { id: string; role: Role }, id: string) {
  const scope: Prisma.RegistrationWhereInput = actor.role === 'SECRETARIAT' || actor.role === 'ORGANIZER' ? { id } : { id, userId: actor.id };
  return db.registration.findFirst({
    where: scope,
    select: {
      id: true, referenceNumber: true, status: true, firstName: true, lastName: true, nameOrder: true, organization: true, country: true, participantType: true, submittedAt: true,
      delegation: { select: { name: true } },
      event: { select: { title: true, languages: true, city: true, country: true, startDate: true, endDate: true, timeZone: true } },
      // The sessions the delegate holds a seat in (not the wait list), in time order.
      enrollments: {
        where: { status: 'ENROLLED' },
        orderBy: { session: { startsAt: 'asc' } },
        take: 40,
        select: { session: { select: { title: true, startsAt: true, endsAt: true, room: { select: { name: true, location: true } } } } },
      },
    },
  });
}

/** Whether the user has a registration to the event (for the event page's call to action). */
export function findOwnRegistrationSummary(userId: string, eventId: string) {
  return db.registration.findUnique({ where: { eventId_userId: { eventId, userId } }, select: { referenceNumber: true, status: true } });
}

/** The account's given and family names as typed at sign-up (empty for older accounts). */
export async function findAccountNames(userId: string): Promise<{ givenName: string; familyName: string }> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { givenName: true, familyName: true } });
  return { givenName: user?.givenName ?? '', familyName: user?.familyName ?? '' };
}
