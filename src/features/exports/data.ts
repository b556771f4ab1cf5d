import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/generated/prisma/client';
import { getActor, type Actor } from '@/features/auth/data';
import { SENSITIVE_COLUMNS, type ColumnKey } from './columns';
import { canExport } from './policy';
import type { AttendeeFilter } from './schema';
import { foldForSearch } from '@/lib/search';
import { openSensitive, type PlainSensitive, type SealedSensitive } from '@/features/registrations/sensitive';

/** The staff member allowed to export, or NOT_FOUND (a delegate learns nothing). */
export async function requireExporter(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError('UNAUTHENTICATED');
  if (!canExport(actor.role)) throw new AppError('NOT_FOUND');
  return actor;
}

/** The event of an export, by slug (drafts included: staff only call this). */
export function findExportEvent(slug: string) {
  return db.event.findUnique({ where: { slug }, select: { id: true, slug: true, code: true, title: true, timeZone: true, currency: true, languages: true, startDate: true, endDate: true } });
}
export type ExportEvent = NonNullable<Awaited<ReturnType<typeof findExportEvent>>>;

/** The where clause of the shared attendee filter; always scoped to one event. */
export function attendeeWhere(eventId: string, f: AttendeeFilter): Prisma.RegistrationWhereInput {
  const where: Prisma.RegistrationWhereInput = { eventId };
  if (f.status) where.status = f.status;
  if (f.delegationId) where.delegationId = f.delegationId;
  if (f.country) where.country = f.country;
  if (f.continent) where.continent = f.continent;
  if (f.participantType) where.participantType = f.participantType;
  if (f.sessionId) where.enrollments = { some: { sessionId: f.sessionId, status: 'ENROLLED' } };
  if (f.checkedIn === 'yes') where.checkedInAt = { not: null };
  if (f.checkedIn === 'no') where.checkedInAt = null;
  if (f.paymentStatus) where.paymentStatus = f.paymentStatus;
  const q = f.q ? foldForSearch(f.q).trim() : '';
  if (q) where.searchText = { contains: q };
  return where;
}

/** Everything an export may show, except the visa data. */
export const baseSelect = {
  id: true,
  referenceNumber: true,
  lastName: true,
  firstName: true,
  nameOrder: true,
  email: true,
  phone: true,
  status: true,
  participantType: true,
  organization: true,
  organizationKind: true,
  organizationRole: true,
  country: true,
  continent: true,
  city: true,
  delegationId: true,
  languages: true,
  interpretationNeeds: true,
  arrivalAt: true,
  departureAt: true,
  accommodation: true,
  dietary: true,
  dietaryNotes: true,
  accessibility: true,
  accessibilityNotes: true,
  visaLetterRequested: true,
  visaLetterIssuedAt: true,
  bursaryStatus: true,
  submittedAt: true,
  checkedInAt: true,
  paymentStatus: true,
  amountDueMinor: true,
  amountPaidMinor: true,
} as const satisfies Prisma.RegistrationSelect;

/** Read only when the secretariat asked for sensitive columns. */
const sensitiveSelect = { ...baseSelect, nationality: true, passportNumberEnc: true, passportExpiry: true, dateOfBirthEnc: true } as const satisfies Prisma.RegistrationSelect;

type BaseRow = Prisma.RegistrationGetPayload<{ select: typeof baseSelect }>;
/** Passport number and birth date are decrypted after the read (registrations/sensitive.ts). */
type SensitiveFields = Partial<Pick<Prisma.RegistrationGetPayload<{ select: typeof sensitiveSelect }>, 'nationality' | 'passportExpiry'> & PlainSensitive>;
export type AttendeeRow = BaseRow & SensitiveFields;

export const EXPORT_BATCH = 1000;

/** The database field behind each column (the delegation column reads delegationId). */
const FIELD_OF: Record<ColumnKey, keyof typeof sensitiveSelect> = {
  reference: 'referenceNumber', lastName: 'lastName', firstName: 'firstName', email: 'email', phone: 'phone', status: 'status',
  participantType: 'participantType', organization: 'organization', organizationKind: 'organizationKind', organizationRole: 'organizationRole',
  country: 'country', continent: 'continent', city: 'city', delegation: 'delegationId', languages: 'languages', interpretationNeeds: 'interpretationNeeds',
  arrivalAt: 'arrivalAt', departureAt: 'departureAt', accommodation: 'accommodation', dietary: 'dietary', dietaryNotes: 'dietaryNotes',
  accessibility: 'accessibility', accessibilityNotes: 'accessibilityNotes', visaLetterRequested: 'visaLetterRequested', visaLetterIssuedAt: 'visaLetterIssuedAt',
  bursaryStatus: 'bursaryStatus', submittedAt: 'submittedAt', checkedInAt: 'checkedInAt', nationality: 'nationality', passportNumber: 'passportNumberEnc',
  passportExpiry: 'passportExpiry', dateOfBirth: 'dateOfBirthEnc',
  paymentStatus: 'paymentStatus', amountDue: 'amountDueMinor', amountPaid: 'amountPaidMinor', balance: 'amountDueMinor',
};

/**
 * Only the fields the chosen columns need (fewer bytes and objects per row on
 * a 50,000-row export), plus the keyset fields. Sensitive fields only when allowed.
 */
export function selectFor(columns: readonly ColumnKey[], sensitive: boolean): Prisma.RegistrationSelect {
  const select: Prisma.RegistrationSelect = { id: true, lastName: true };
  for (const c of columns) {
    if (!sensitive && SENSITIVE_COLUMNS.includes(c)) continue;
    select[FIELD_OF[c]] = true;
    if (c === 'balance') Object.assign(select, { amountPaidMinor: true, paymentStatus: true });
  }
  return select;
}

/**
 * The filtered attendees, one batch at a time (keyset pagination: never an
 * OFFSET, never the whole list in memory). `order: 'id'` (exports) walks the
 * primary key; `order: 'name'` (printed lists) walks (lastName, id).
 */
export async function* iterateAttendees(
  eventId: string,
  filter: AttendeeFilter,
  { sensitive = false, order = 'id', batchSize = EXPORT_BATCH, columns }: { sensitive?: boolean; order?: 'id' | 'name'; batchSize?: number; /** read only these columns' fields */ columns?: readonly ColumnKey[] } = {},
): AsyncGenerator<AttendeeRow[]> {
  const where = attendeeWhere(eventId, filter);
  const select = columns ? selectFor(columns, sensitive) : sensitive ? sensitiveSelect : baseSelect;
  let last: { id: string; lastName: string } | null = null;
  for (;;) {
    const after: Prisma.RegistrationWhereInput | null = !last
      ? null
      : order === 'id'
        ? { id: { gt: last.id } }
        : { OR: [{ lastName: { gt: last.lastName } }, { lastName: last.lastName, id: { gt: last.id } }] };
    const read = (await db.registration.findMany({
      where: after ? { AND: [where, after] } : where,
      orderBy: order === 'id' ? { id: 'asc' } : [{ lastName: 'asc' }, { id: 'asc' }],
      take: batchSize,
      select,
    })) as (BaseRow & Partial<SealedSensitive>)[];
    const sealed = 'passportNumberEnc' in select || 'dateOfBirthEnc' in select;
    const rows: AttendeeRow[] = sealed ? read.map((r) => openSensitive(r)) : read;
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    const tail = rows[rows.length - 1];
    last = { id: tail.id, lastName: tail.lastName };
  }
}

export function countAttendees(eventId: string, filter: AttendeeFilter) {
  return db.registration.count({ where: attendeeWhere(eventId, filter) });
}

/** Delegation names of an event (at most a few hundred), for the Delegation column. */
export async function delegationNames(eventId: string): Promise<Map<string, string>> {
  const rows = await db.delegation.findMany({ where: { eventId }, select: { id: true, name: true } });
  return new Map(rows.map((d) => [d.id, d.name]));
}

export const LIST_PAGE_SIZE = 50;

/** One page of the attendee list (the page shows 50; exports use iterateAttendees). */
export async function listAttendees(eventId: string, filter: AttendeeFilter, page: number) {
  const where = attendeeWhere(eventId, filter);
  const [rows, total] = await Promise.all([
    db.registration.findMany({
      where,
      orderBy: [{ lastName: 'asc' }, { id: 'asc' }],
      skip: (page - 1) * LIST_PAGE_SIZE,
      take: LIST_PAGE_SIZE,
      select: { id: true, referenceNumber: true, firstName: true, lastName: true, organization: true, country: true, status: true, participantType: true, checkedInAt: true, delegation: { select: { name: true } }, amountDueMinor: true, amountPaidMinor: true, paymentStatus: true },
    }),
    db.registration.count({ where }),
  ]);
  return { rows, total, pageSize: LIST_PAGE_SIZE };
}

/** Choices for the filter form: the event's delegations and sessions. */
export async function filterOptions(eventId: string) {
  const [delegations, sessions] = await Promise.all([
    db.delegation.findMany({ where: { eventId }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db.session.findMany({ where: { eventId }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }], select: { id: true, title: true, startsAt: true } }),
  ]);
  return { delegations, sessions };
}

/** One session of the event, for its sign-in sheet. */
export function findSession(eventId: string, sessionId: string) {
  return db.session.findFirst({ where: { id: sessionId, eventId }, select: { id: true, title: true, startsAt: true, endsAt: true, capacity: true, enrolledCount: true, room: { select: { name: true } } } });
}

/** Arrivals and departures per day (event time zone) and accommodation needs: a fixed number of grouped queries. */
export async function logisticsSummary(eventId: string, timeZone: string, statuses: readonly string[]) {
  const [days, accommodation] = await Promise.all([
    db.$queryRaw<{ day: string; arrivals: number; departures: number }[]>`
      WITH r AS (SELECT "arrivalAt", "departureAt" FROM "Registration" WHERE "eventId" = ${eventId} AND status::text = ANY(${[...statuses]}::text[])),
      a AS (SELECT to_char(("arrivalAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS day, count(*)::int AS n FROM r WHERE "arrivalAt" IS NOT NULL GROUP BY 1),
      d AS (SELECT to_char(("departureAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS day, count(*)::int AS n FROM r WHERE "departureAt" IS NOT NULL GROUP BY 1)
      SELECT coalesce(a.day, d.day) AS day, coalesce(a.n, 0)::int AS arrivals, coalesce(d.n, 0)::int AS departures
      FROM a FULL OUTER JOIN d ON a.day = d.day ORDER BY 1`,
    db.registration.groupBy({ by: ['accommodation'], where: { eventId, status: { in: statuses as ('SUBMITTED' | 'APPROVED')[] } }, _count: { _all: true } }),
  ]);
  return { days, accommodation: accommodation.map((a) => ({ accommodation: a.accommodation, count: a._count._all })) };
}

/** Delegations by name with quota use and their head's name (at most a few hundred rows). */
export function rosterDelegations(eventId: string) {
  return db.delegation.findMany({
    where: { eventId },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, country: true, status: true, quota: true, memberCount: true, head: { select: { name: true } } },
  });
}

/** Members of several delegations in one query, grouped by delegation, each by name (for the roster, a chunk at a time). */
export async function rosterMembersOf(delegationIds: string[]) {
  const rows = await db.registration.findMany({
    where: { delegationId: { in: delegationIds } },
    orderBy: [{ lastName: 'asc' }, { id: 'asc' }],
    select: { delegationId: true, referenceNumber: true, lastName: true, firstName: true, email: true, status: true, participantType: true, country: true, checkedInAt: true },
  });
  const by = new Map<string, typeof rows>();
  for (const r of rows) by.set(r.delegationId!, [...(by.get(r.delegationId!) ?? []), r]);
  return by;
}

/** One registration of the event with the export fields, or null. */
export function findAttendee(eventId: string, registrationId: string): Promise<AttendeeRow | null> {
  return db.registration.findFirst({ where: { id: registrationId, eventId }, select: baseSelect });
}
