import 'server-only';
import { appUrl } from '@/lib/env';
import { localized } from '@/lib/i18n/localized';
import { isLocale, type AppLocale } from '@/lib/i18n/locales';
import type { RegistrationStatus, Tx } from '@/lib/db-types';
import { writeAudit } from '@/features/audit/mutations';
import { queueEmail } from '@/features/email/mutations';

// The event's seats and its wait list, inside the caller's transaction
// (registration mutations and event settings). See mutations.ts for the rules.


/** What the mutations need to know about the event. */
export type EventCore = {
  id: string;
  slug: string;
  title: unknown;
  languages: AppLocale[];
  timeZone: string;
  requiresApproval: boolean;
  status: 'DRAFT' | 'OPEN' | 'CLOSED' | 'ARCHIVED';
  registrationOpensAt: Date;
  registrationClosesAt: Date;
};

export function myRegistrationUrl(locale: AppLocale, slug: string): string {
  return `${appUrl()}/${locale}/my/registrations/${slug}`;
}


/**
 * Locks the event row: every status change of its registrations is serialised behind it.
 * NO KEY UPDATE (the lock an UPDATE of the counters takes), not UPDATE: inserting a
 * registration takes a KEY SHARE lock on its event (foreign key), which FOR UPDATE would
 * wait for — and a submission holding KEY SHARE and then asking for the counters would deadlock.
 */
export async function lockEvent(tx: Tx, eventId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${eventId} FOR NO KEY UPDATE`;
}

export async function releaseSeat(tx: Tx, eventId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Event" SET "seatsTaken" = "seatsTaken" - 1 WHERE id = ${eventId} AND "seatsTaken" > 0`;
}

export async function takeSeat(tx: Tx, eventId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ seatsTaken: number }[]>`
    UPDATE "Event" SET "seatsTaken" = "seatsTaken" + 1
    WHERE id = ${eventId} AND ("capacity" IS NULL OR "seatsTaken" < "capacity") RETURNING "seatsTaken"`;
  return rows.length > 0;
}

export type RecipientInfo = { id: string; email: string; firstName: string; referenceNumber: string; user: { locale: string } };
export const recipientSelect = { id: true, email: true, firstName: true, referenceNumber: true, user: { select: { locale: true } } } as const;

export async function notify(tx: Tx, event: EventCore, r: RecipientInfo, template: string, extra: Record<string, string> = {}, dedupeKey?: string) {
  const locale: AppLocale = isLocale(r.user.locale) ? r.user.locale : 'fr';
  await queueEmail(tx, {
    to: r.email,
    userId: null,
    locale,
    template: `registration.${template}`,
    params: { name: r.firstName, event: localized(event.title, locale, event.languages), reference: r.referenceNumber, url: myRegistrationUrl(locale, event.slug), ...extra },
    dedupeKey,
  });
}

/**
 * Gives free seats to the wait list in reference order (`referenceSeq`), while
 * seats remain. Call with the event row locked. A promoted registration is
 * SUBMITTED (to be reviewed) or APPROVED when the event needs no approval.
 */
export async function promoteWaitlist(tx: Tx, event: EventCore, actorId: string | null): Promise<string[]> {
  const promoted: string[] = [];
  for (;;) {
    const next = await tx.registration.findFirst({ where: { eventId: event.id, status: 'WAITLISTED' }, orderBy: { referenceSeq: 'asc' }, select: { ...recipientSelect, userId: true } });
    if (!next || !(await takeSeat(tx, event.id))) break;
    const status: RegistrationStatus = event.requiresApproval ? 'SUBMITTED' : 'APPROVED';
    await tx.registration.update({ where: { id: next.id }, data: { status, ...(status === 'APPROVED' ? { decidedAt: new Date() } : {}) } });
    await writeAudit(tx, { actorId, action: 'registration.promote', entityType: 'Registration', entityId: next.id, eventId: event.id, data: { from: 'WAITLISTED', to: status } });
    await notify(tx, event, { ...next, user: next.user }, 'promoted');
    promoted.push(next.id);
  }
  return promoted;
}
