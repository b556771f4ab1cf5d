import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/generated/prisma/client';
import { attendeeWhere } from '@/features/exports/data';
import type { AttendeeFilter } from '@/features/exports/schema';

export type AnnouncementKindValue = 'ANNOUNCEMENT' | 'REGISTRATION';

/** The event a message is sent for (staff see every event). */
export function findMessageEvent(eventId: string) {
  return db.event.findUnique({ where: { id: eventId }, select: { id: true, slug: true, code: true, title: true, languages: true, currency: true, timeZone: true } });
}
export type MessageEvent = NonNullable<Awaited<ReturnType<typeof findMessageEvent>>>;

export function findMessageEventBySlug(slug: string) {
  return db.event.findUnique({ where: { slug }, select: { id: true, slug: true, code: true, title: true, languages: true, currency: true, timeZone: true } });
}

/** The filtered attendees; announcements skip those who opted out (registration messages never do). */
export function recipientsWhere(eventId: string, filter: AttendeeFilter, kind: AnnouncementKindValue): Prisma.RegistrationWhereInput {
  const where = attendeeWhere(eventId, filter);
  return kind === 'ANNOUNCEMENT' ? { AND: [where, { user: { announcementsOptOut: false } }] } : where;
}

export const recipientSelect = {
  id: true,
  userId: true,
  email: true,
  firstName: true,
  lastName: true,
  referenceNumber: true,
  amountDueMinor: true,
  amountPaidMinor: true,
  paymentStatus: true,
  user: { select: { locale: true } },
} as const satisfies Prisma.RegistrationSelect;
export type Recipient = Prisma.RegistrationGetPayload<{ select: typeof recipientSelect }>;

export function countRecipients(eventId: string, filter: AttendeeFilter, kind: AnnouncementKindValue) {
  return db.registration.count({ where: recipientsWhere(eventId, filter, kind) });
}

/** The recipient a preview is shown for: the one with that reference in the list, else the first by name. */
export function previewRecipient(eventId: string, filter: AttendeeFilter, kind: AnnouncementKindValue, reference?: string) {
  const where = recipientsWhere(eventId, filter, kind);
  return db.registration.findFirst({ where: reference ? { AND: [where, { referenceNumber: reference }] } : where, orderBy: [{ lastName: 'asc' }, { id: 'asc' }], select: recipientSelect });
}

/** Messages sent for an event, newest first, with their outbox rows counted by status. */
export async function listAnnouncements(eventId: string) {
  const rows = await db.announcement.findMany({ where: { eventId }, orderBy: { createdAt: 'desc' }, take: 50, select: { id: true, kind: true, subject: true, recipientCount: true, createdAt: true, filter: true, sentById: true } });
  if (rows.length === 0) return [];
  const counts = await db.$queryRaw<{ id: string; status: string; n: number }[]>`
    SELECT split_part("dedupeKey", ':', 2) AS id, status::text AS status, count(*)::int AS n
    FROM "EmailOutbox"
    WHERE "dedupeKey" LIKE 'announcement:%' AND split_part("dedupeKey", ':', 2) = ANY(${rows.map((r) => r.id)}::text[])
    GROUP BY 1, 2`;
  return rows.map((r) => {
    const of = (status: string) => counts.find((c) => c.id === r.id && c.status === status)?.n ?? 0;
    return { ...r, queued: of('QUEUED'), sent: of('SENT'), failed: of('FAILED') };
  });
}

/** The person's announcements setting, for their account page. */
export async function announcementsOptOutOf(userId: string): Promise<boolean> {
  return (await db.user.findUnique({ where: { id: userId }, select: { announcementsOptOut: true } }))?.announcementsOptOut ?? false;
}
