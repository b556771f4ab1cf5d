import 'server-only';
import { appUrl } from '@/lib/env';
import { localized } from '@/lib/i18n/localized';
import { isLocale, type AppLocale } from '@/lib/i18n/locales';
import type { RegistrationStatus, Tx } from '@/lib/db-types';
import { writeAudits } from '@/features/audit/mutations';
import { queueRenderedEmails, renderQueuedEmail, type RenderedEmail } from '@/features/email/mutations';

// The event's seats and its wait list, inside the caller's transaction
// (registration mutations and event settings). See mutations.ts for the rules.


/** Hundreds of concurrent submissions queue on the event row: give them time to start and finish. */
export const REGISTRATION_TX = { maxWait: 60_000, timeout: 60_000 } as const;

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
  await queueRenderedEmails(tx, [await renderNotice(event, r, template, extra, dedupeKey)]);
}

/** A registration e-mail rendered ahead of the transaction that queues it (queueRenderedEmails). */
export function renderNotice(event: EventCore, r: RecipientInfo, template: string, extra: Record<string, string> = {}, dedupeKey?: string): Promise<RenderedEmail> {
  const locale: AppLocale = isLocale(r.user.locale) ? r.user.locale : 'fr';
  return renderQueuedEmail({
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
 * seats remain, in one statement (the seats counter moves by the number promoted).
 * Call with the event row locked. A promoted registration is SUBMITTED (to be
 * reviewed) or APPROVED when the event needs no approval. Audit entries and
 * e-mails are written in two more statements.
 */
export async function promoteWaitlist(tx: Tx, event: EventCore, actorId: string | null): Promise<string[]> {
  const status: RegistrationStatus = event.requiresApproval ? 'SUBMITTED' : 'APPROVED';
  const promoted: { id: string; email: string; firstName: string; referenceNumber: string; locale: string }[] = [];
  for (;;) {
    const rows = await promoteStep(tx, event.id, status);
    promoted.push(...rows);
    // FOR UPDATE + LIMIT returns fewer rows when a candidate stopped waiting meanwhile: look again.
    if (rows.length === 0 || rows[0].free === null || rows.length >= rows[0].free) break;
  }
  if (promoted.length === 0) return [];
  await writeAudits(tx, promoted.map((r) => ({ actorId, action: 'registration.promote', entityType: 'Registration', entityId: r.id, eventId: event.id, data: { from: 'WAITLISTED', to: status } })));
  const mails = await Promise.all(promoted.map((r) => renderNotice(event, { ...r, user: { locale: r.locale } }, 'promoted')));
  await queueRenderedEmails(tx, mails);
  return promoted.map((r) => r.id);
}

async function promoteStep(tx: Tx, eventId: string, status: RegistrationStatus) {
  return tx.$queryRaw<{ id: string; email: string; firstName: string; referenceNumber: string; locale: string; free: number | null }[]>`
    WITH ev AS (
      SELECT id, CASE WHEN capacity IS NULL THEN NULL ELSE GREATEST(capacity - "seatsTaken", 0) END AS free
      FROM "Event" WHERE id = ${eventId}
    ), cand AS (
      SELECT r.id FROM "Registration" r
      WHERE r."eventId" = ${eventId} AND r.status = 'WAITLISTED' AND r."referenceSeq" > 0
      ORDER BY r."referenceSeq" ASC LIMIT (SELECT free FROM ev)
      FOR UPDATE OF r
    ), upd AS (
      UPDATE "Registration" g SET status = ${status}::"RegistrationStatus",
        "decidedAt" = CASE WHEN ${status} = 'APPROVED' THEN (now() AT TIME ZONE 'UTC') ELSE g."decidedAt" END,
        "updatedAt" = (now() AT TIME ZONE 'UTC')
      FROM cand WHERE g.id = cand.id
      RETURNING g.id, g.email, g."firstName", g."referenceNumber", g."userId", g."referenceSeq"
    ), seats AS (
      UPDATE "Event" e SET "seatsTaken" = e."seatsTaken" + (SELECT count(*) FROM upd)::int
      WHERE e.id = ${eventId} AND EXISTS (SELECT 1 FROM upd)
    )
    SELECT upd.id, upd.email, upd."firstName", upd."referenceNumber", u.locale::text AS locale, (SELECT free FROM ev) AS free
    FROM upd JOIN "User" u ON u.id = upd."userId" ORDER BY upd."referenceSeq"`;
}
