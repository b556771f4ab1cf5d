import 'server-only';
import { assertEventWritable } from '@/features/events/guard';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/generated/prisma/client';
import { isLocale, type AppLocale } from '@/lib/i18n/locales';
import { writeAudit } from '@/features/audit/mutations';
import { queueTextEmails, type QueuedText } from '@/features/email/mutations';
import type { AttendeeFilter } from '@/features/exports/schema';
import { balanceOf, formatMoney } from '@/features/money/rules';
import { myRegistrationUrl } from '@/features/registrations/seats';
import { recipientSelect, recipientsWhere, type AnnouncementKindValue, type MessageEvent, type Recipient } from './data';
import { fillPlaceholders, pickLanguage } from './render';

type Texts = Partial<Record<AppLocale, string>>;
export type Composed = { kind: AnnouncementKindValue; filter: AttendeeFilter; subject: Texts; body: Texts };

const BATCH = 500;

/** One recipient's message: their language (else the event's first written one), placeholders filled, plain text. */
export function composeFor(event: MessageEvent, message: Composed, r: Recipient): { locale: AppLocale; subject: string; text: string } {
  const own: AppLocale = isLocale(r.user.locale) ? r.user.locale : event.languages[0];
  const body = pickLanguage(message.body, own, event.languages);
  const subject = pickLanguage(message.subject, body.locale, event.languages);
  const locale = body.locale;
  const values = {
    givenName: r.firstName,
    reference: r.referenceNumber,
    balance: formatMoney(balanceOf(r), event.currency, locale),
    registrationLink: myRegistrationUrl(locale, event.slug),
  };
  return { locale, subject: fillPlaceholders(subject.text, values, { singleLine: true }), text: `${fillPlaceholders(body.text, values)}\n` };
}

/**
 * Sends a message to every filtered attendee through the outbox, in one
 * transaction: the Announcement row (its idempotency key: one click, one
 * message), one outbox row per recipient (dedupe key per recipient), the audit
 * entry. A repeated key returns the first message and queues nothing.
 */
export async function sendAnnouncement(actorId: string, event: MessageEvent, message: Composed, idempotencyKey: string) {
  try {
    return await db.$transaction(async (tx) => {
      await assertEventWritable(tx, { eventId: event.id });
      const existing = await tx.announcement.findUnique({ where: { idempotencyKey }, select: { id: true, eventId: true, recipientCount: true } });
      if (existing && existing.eventId !== event.id) throw new AppError('CONFLICT');
      if (existing) return { id: existing.id, recipients: existing.recipientCount, duplicate: true };
      const announcement = await tx.announcement.create({
        data: { eventId: event.id, kind: message.kind, filter: message.filter as Prisma.InputJsonObject, subject: message.subject as Prisma.InputJsonObject, body: message.body as Prisma.InputJsonObject, idempotencyKey, sentById: actorId },
        select: { id: true },
      });
      const where = recipientsWhere(event.id, message.filter, message.kind);
      let last = '';
      let count = 0;
      for (;;) {
        const batch = await tx.registration.findMany({ where: last ? { AND: [where, { id: { gt: last } }] } : where, orderBy: { id: 'asc' }, take: BATCH, select: recipientSelect });
        const emails: QueuedText[] = batch.map((r) => ({ to: r.email, userId: r.userId, template: `announcement.${message.kind.toLowerCase()}`, dedupeKey: `announcement:${announcement.id}:${r.id}`, ...composeFor(event, message, r) }));
        count += await queueTextEmails(tx, emails);
        if (batch.length < BATCH) break;
        last = batch[batch.length - 1].id;
      }
      await tx.announcement.update({ where: { id: announcement.id }, data: { recipientCount: count } });
      await writeAudit(tx, { actorId, eventId: event.id, action: 'announcement.send', entityType: 'Announcement', entityId: announcement.id, data: { kind: message.kind, filter: message.filter as Prisma.InputJsonObject, recipients: count } });
      return { id: announcement.id, recipients: count, duplicate: false };
    }, { maxWait: 30_000, timeout: 120_000 });
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== 'P2002') throw error;
    const existing = await db.announcement.findUnique({ where: { idempotencyKey }, select: { id: true, recipientCount: true } });
    if (!existing) throw error;
    return { id: existing.id, recipients: existing.recipientCount, duplicate: true };
  }
}

/** The delegate's own choice about announcements (messages about their registration always arrive). */
export async function setAnnouncementsOptOut(userId: string, optOut: boolean) {
  await db.user.update({ where: { id: userId }, data: { announcementsOptOut: optOut } });
}
