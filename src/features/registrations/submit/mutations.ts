import 'server-only';
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { localized } from '@/lib/i18n/localized';
import type { AppLocale } from '@/lib/i18n/locales';
import type { RegistrationStatus } from '@/lib/db-types';
import { Prisma } from '@/generated/prisma/client';
import { acceptedInviteFor, tryJoinInTx } from '@/features/delegations/membership';
import { acceptedInviteSql } from '@/features/delegations/data';
import { recomputeBalance } from '@/features/money/balance';
import { renderEmail } from '@/features/email/render';
import { registrationWindow } from '@/features/events/policy';
import { searchTextFor } from '../reference';
import { myRegistrationUrl, REGISTRATION_TX as TX_OPTIONS } from '../seats';
import type { RegistrationAnswers } from '../schema';
import { sealSensitive } from '../sensitive';
import { columnsFor, type FormEvent } from '../columns';

// A delegate's submission of the registration form (re-exported by ../mutations.ts).

/** Stands for the reference number in text prepared before it is known (lower-case: survives search folding). */
const REF_TOKEN = 'rencontrereftoken';

/**
 * The CTEs `prev` and `c` of a submission: lock the event row (FOR NO KEY UPDATE: what the
 * UPDATE takes anyway), take the next reference, and a seat when one is free. `c` yields
 * `seq`, `ref` (CODE-00042) and `seat`.
 */
function eventCounters(eventId: string) {
  return Prisma.sql`prev AS (
      SELECT id, "seatsTaken", capacity, "referenceCounter" FROM "Event" WHERE id = ${eventId} FOR NO KEY UPDATE
    ), c AS (
      UPDATE "Event" e SET "referenceCounter" = prev."referenceCounter" + 1,
        "seatsTaken" = prev."seatsTaken" + CASE WHEN prev.capacity IS NULL OR prev."seatsTaken" < prev.capacity THEN 1 ELSE 0 END
      FROM prev WHERE e.id = prev.id
      RETURNING e."referenceCounter" AS seq,
        e.code || '-' || lpad(e."referenceCounter"::text, GREATEST(5, length(e."referenceCounter"::text)), '0') AS ref,
        (prev.capacity IS NULL OR prev."seatsTaken" < prev.capacity) AS seat
    )`;
}

/**
 * The CTEs `a` and `m` of a submission: its audit entry and its e-mail, both prepared before the
 * statement (REF_TOKEN stands for the reference), read from a CTE `s (id, "referenceNumber",
 * status, seat)`. A re-registration's e-mail has its own key (the first one's is spent).
 */
function auditAndMail(m: PreparedMails & { userId: string; eventId: string; to: string; locale: AppLocale; context: 'registration.submit' | 'registration.resubmit' }) {
  const { seatMail, waitMail } = m;
  return Prisma.sql`a AS (
      INSERT INTO "AuditLog" (id, "actorId", "eventId", action, "entityType", "entityId", data)
      SELECT ${m.auditId}, ${m.userId}, ${m.eventId}, ${m.context}, 'Registration', s.id,
        jsonb_build_object('status', s.status, 'referenceNumber', s."referenceNumber") FROM s
    ), m AS (
      INSERT INTO "EmailOutbox" (id, "to", "userId", locale, template, subject, text, html, "dedupeKey")
      SELECT ${m.mailId}, ${m.to}, ${m.userId}, ${m.locale}::"Locale",
        CASE WHEN s.seat THEN ${m.seatTemplate} ELSE 'registration.waitlisted' END,
        replace(CASE WHEN s.seat THEN ${seatMail.subject} ELSE ${waitMail.subject} END, ${REF_TOKEN}, s."referenceNumber"),
        replace(CASE WHEN s.seat THEN ${seatMail.text} ELSE ${waitMail.text} END, ${REF_TOKEN}, s."referenceNumber"),
        replace(CASE WHEN s.seat THEN ${seatMail.html} ELSE ${waitMail.html} END, ${REF_TOKEN}, s."referenceNumber"),
        CASE WHEN ${m.context} = 'registration.submit' THEN 'registration.submit:' || s.id ELSE 'registration.resubmit:' || s.id || ':' || s."referenceNumber" END FROM s
    )`;
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; meta?: { code?: unknown; driverAdapterError?: { cause?: { kind?: unknown } } } } | null;
  // Prisma's own (P2002), or a raw query's: SQLSTATE 23505 through the driver adapter.
  return e?.code === 'P2002' || (e?.code === 'P2010' && e.meta?.code === '23505') || e?.meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation';
}

// ---- Submission ------------------------------------------------------------

export type SubmitResult = { id: string; referenceNumber: string; status: RegistrationStatus; created: boolean };

/**
 * Creates the registration of `userId` for `event` from validated answers.
 * Reusable (delegations pre-register members through it).
 *
 * Invariants, correct under concurrency on PGlite and PostgreSQL:
 * - one registration per user and event (unique index): a repeated submit
 *   returns the existing one, creates nothing and sends no second e-mail;
 * - the reference sequence comes from an atomic counter on the event row, which
 *   also serialises every seat change of the event for the transaction;
 * - a seat is taken by a conditional UPDATE (never above capacity); without a
 *   free seat the registration is WAITLISTED. Seats freed by a cancellation or
 *   a rejection never stay free while someone waits: they are given to the wait
 *   list in the same transaction (promoteWaitlist), before any newcomer.
 */
export async function submitRegistration(input: {
  userId: string;
  event: FormEvent;
  answers: RegistrationAnswers;
  locale: AppLocale;
  now?: Date;
}): Promise<SubmitResult> {
  const { userId, event, answers, locale } = input;
  const now = input.now ?? new Date();
  const window = registrationWindow(event, now);
  if (window !== 'open') throw new AppError(window === 'closed' ? 'DEADLINE_PASSED' : 'FORBIDDEN');
  const select = { id: true, referenceNumber: true, status: true } as const;
  // One read for both questions that choose the path: a registration already there, an invitation accepted.
  const [prior] = await db.$queryRaw<{ id: string | null; referenceNumber: string | null; status: RegistrationStatus | null; invite: string | null }[]>`
    SELECT r.id, r."referenceNumber", r.status::text AS status, ${acceptedInviteSql(userId, event.id)} AS invite
    FROM (SELECT 1) AS one LEFT JOIN "Registration" r ON r."eventId" = ${event.id} AND r."userId" = ${userId}`;
  const existing = prior?.id ? { id: prior.id, referenceNumber: prior.referenceNumber!, status: prior.status! } : null;
  if (existing && existing.status !== 'CANCELLED') return { ...existing, created: false };
  // Everything that does not depend on the counters is prepared before the transaction:
  // the columns (fee currency read; passport number and date of birth sealed), both possible
  // e-mails (the reference is a placeholder replaced in SQL), the ids of the audit entry and of the message.
  const { passportNumber, dateOfBirth, ...plain } = columnsFor(event, answers);
  const columns = { ...plain, ...sealSensitive({ passportNumber, dateOfBirth }) };
  const seatStatus: RegistrationStatus = event.requiresApproval ? 'SUBMITTED' : 'APPROVED';
  const params = { name: answers.firstName, event: localized(event.title, locale, event.languages), reference: REF_TOKEN, url: myRegistrationUrl(locale, event.slug) };
  const seatTemplate = `registration.${seatStatus === 'APPROVED' ? 'approved' : 'received'}`;
  const [seatMail, waitMail] = await Promise.all([renderEmail(locale, seatTemplate, params), renderEmail(locale, 'registration.waitlisted', params)]);
  const auditId = randomUUID();
  const mailId = randomUUID();
  const mails = { seatMail, waitMail, seatTemplate, seatStatus, auditId, mailId };
  try {
    // The common case — a first registration, no delegation invitation to honour — is ONE
    // statement in autocommit: the event row is locked only while PostgreSQL runs it, not for a
    // round trip to this process and back (under a burst, the event loop's delay before COMMIT
    // was what serialised everyone). The rest (a re-registration, joining a delegation) keeps
    // the transaction below.
    if (!existing && !prior?.invite) {
      return await submitInOneStatement({ userId, event, answers, locale, now, columns, mails });
    }
    return await db.$transaction(async (tx) => {
      // Registering again after a cancellation reuses the cancelled row: the unique (event, user)
      // index keeps the double-submit guarantee, and the row lock serialises two re-submits
      // (the second one then sees the revived row and returns it).
      const [revived] = existing
        ? await tx.$queryRaw<{ id: string; status: RegistrationStatus }[]>`SELECT id, status::text AS status FROM "Registration" WHERE id = ${existing.id} FOR UPDATE`
        : [undefined];
      if (existing && revived?.status !== 'CANCELLED') {
        const again = await tx.registration.findUnique({ where: { id: existing.id }, select });
        if (!again) throw new AppError('NOT_FOUND');
        return { ...again, created: false };
      }
      const fresh = {
        ...columns,
        // Set only through the delegation's quota (tryJoinInTx below).
        delegationId: null,
        // A provisional reference (invisible to others until COMMIT); the real one is taken last.
        referenceSeq: -1 - randomInt(2 ** 31 - 2),
        referenceNumber: `~${randomUUID()}`,
        status: 'WAITLISTED' as const,
        searchText: searchTextFor({ ...answers, referenceNumber: REF_TOKEN }),
        bursaryStatus: answers.bursaryRequested ? ('PENDING' as const) : null,
        consentVersion: answers.consentVersion,
        consentedAt: now,
        submittedAt: now,
        calendarToken: randomBytes(32).toString('base64url'),
        decidedAt: seatStatus === 'APPROVED' ? now : null,
      };
      // Inserted first: the unique (event, user) index stops a concurrent double submit here, before any lock.
      const registration = revived
        ? await tx.registration.update({
            where: { id: revived.id },
            data: {
              ...fresh,
              // Nothing of the cancelled registration's decisions carries over.
              cancelledAt: null, decisionReason: null, decidedById: null, visaLetterIssuedAt: null, checkedInAt: null, checkedInById: null,
              bursaryGrantedMinor: null, bursaryFeeCoverMinor: null, bursaryDecisionReason: null, bursaryDecidedAt: null, bursaryDecidedById: null,
            },
            select: { id: true },
          })
        : await tx.registration.create({ data: { ...fresh, eventId: event.id, userId }, select: { id: true } });
      const context = revived ? 'registration.resubmit' : 'registration.submit';
      await tx.consentRecord.create({ data: { userId, eventId: event.id, registrationId: registration.id, noticeVersion: answers.consentVersion, context, createdAt: now } });
      await tx.registrationDraft.deleteMany({ where: { userId, eventId: event.id } });
      // What the delegate owes (fee category, no grant yet): before the event lock, it does not need it.
      await recomputeBalance(tx, registration.id);
      const invite = await acceptedInviteFor(tx, userId, event.id);
      // Last: the event's reference and seat counters in ONE statement (the event row is
      // locked from here to COMMIT), which also writes the final reference and status,
      // the audit entry and the e-mail (a re-registration's e-mail has its own key).
      const [row] = await tx.$queryRaw<{ id: string; referenceNumber: string; status: RegistrationStatus }[]>`
        WITH ${eventCounters(event.id)}, r AS (
          UPDATE "Registration" g SET "referenceSeq" = c.seq, "referenceNumber" = c.ref,
            status = (CASE WHEN c.seat THEN ${seatStatus} ELSE 'WAITLISTED' END)::"RegistrationStatus",
            "decidedAt" = CASE WHEN c.seat THEN g."decidedAt" ELSE NULL END,
            "searchText" = replace(g."searchText", ${REF_TOKEN.toLowerCase()}, lower(c.ref))
          FROM c WHERE g.id = ${registration.id}
          RETURNING g.id, g."referenceNumber", g.status::text AS status, c.seat
        ), s AS (SELECT id, "referenceNumber", status, seat FROM r), ${auditAndMail({ ...mails, userId, eventId: event.id, to: answers.email, locale, context })}
        SELECT id, "referenceNumber", status FROM r`;
      if (!row) throw new AppError('NOT_FOUND');
      // An invitation accepted (or a code entered) before registering: join it now if a seat
      // is free. Only then, after the event counters (the lock order stays event → delegation).
      if (invite) await tryJoinInTx(tx, registration.id, invite);
      return { ...row, created: true };
    }, TX_OPTIONS);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A concurrent double submit: the first one won; this one wrote nothing.
    const existing = await db.registration.findUnique({ where: { eventId_userId: { eventId: event.id, userId } }, select });
    if (!existing) throw error;
    return { ...existing, created: false };
  }
}

type PreparedMails = {
  seatMail: { subject: string; text: string; html: string };
  waitMail: { subject: string; text: string; html: string };
  seatTemplate: string;
  seatStatus: RegistrationStatus;
  auditId: string;
  mailId: string;
};

const COLUMN = /^[A-Za-z]+$/;

/**
 * A first registration in one INSERT … SELECT with data-modifying CTEs, run in autocommit:
 * the event's counters (FOR NO KEY UPDATE, then the conditional seat), the registration with
 * its final reference and status and what it owes, the consent record, the draft removed, the
 * audit entry and the e-mail. All or nothing: a concurrent double submit fails on the unique
 * (event, user) index and the counters are not moved. The registration's columns travel as one
 * JSON object turned into a row of the table's type (jsonb_populate_record), so PostgreSQL
 * converts each value to its column's type; columns not given keep their defaults.
 */
async function submitInOneStatement(input: {
  userId: string;
  event: FormEvent;
  answers: RegistrationAnswers;
  locale: AppLocale;
  now: Date;
  columns: Record<string, unknown>;
  mails: PreparedMails;
}): Promise<SubmitResult> {
  const { userId, event, answers, locale, now, columns, mails } = input;
  const id = randomUUID();
  const record: Record<string, unknown> = {
    ...columns,
    id,
    eventId: event.id,
    userId,
    delegationId: null,
    searchText: searchTextFor({ ...answers, referenceNumber: REF_TOKEN }),
    bursaryStatus: answers.bursaryRequested ? 'PENDING' : null,
    consentVersion: answers.consentVersion,
    consentedAt: now,
    submittedAt: now,
    calendarToken: randomBytes(32).toString('base64url'),
    createdAt: now,
    updatedAt: now,
  };
  // searchText gets the final reference in SQL (it holds REF_TOKEN until then).
  const names = Object.keys(record).filter((k) => record[k] !== undefined && k !== 'searchText');
  for (const name of names) if (!COLUMN.test(name)) throw new Error(`unexpected column ${name}`);
  const cols = Prisma.raw(names.map((n) => `"${n}"`).join(', '));
  const picked = Prisma.raw(names.map((n) => `j."${n}"`).join(', '));
  const json = JSON.stringify(Object.fromEntries([...names, 'searchText'].map((n) => [n, record[n]])));
  const { seatStatus } = mails;
  const [row] = await db.$queryRaw<{ id: string; referenceNumber: string; status: RegistrationStatus }[]>`
    WITH ${eventCounters(event.id)}, fee AS (
      SELECT GREATEST(0, COALESCE((SELECT "amountMinor" FROM "FeeCategory" WHERE id = ${(columns.feeCategoryId as string | null | undefined) ?? null} AND "eventId" = ${event.id}), 0)) AS due
    ), g AS (
      INSERT INTO "Registration" (${cols}, "searchText", "referenceSeq", "referenceNumber", status, "decidedAt", "amountDueMinor", "amountPaidMinor", "paymentStatus")
      SELECT ${picked}, replace(j."searchText", ${REF_TOKEN.toLowerCase()}, lower(c.ref)), c.seq, c.ref,
        (CASE WHEN c.seat THEN ${seatStatus} ELSE 'WAITLISTED' END)::"RegistrationStatus",
        CASE WHEN c.seat AND ${seatStatus} = 'APPROVED' THEN ${now}::timestamp ELSE NULL END,
        fee.due, 0, (CASE WHEN fee.due <= 0 THEN 'PAID' ELSE 'UNPAID' END)::"PaymentStatus"
      FROM jsonb_populate_record(NULL::"Registration", ${json}::jsonb) j, c, fee
      RETURNING id, "referenceNumber", status::text AS status
    ), k AS (
      INSERT INTO "ConsentRecord" (id, "userId", "eventId", "registrationId", "noticeVersion", context, "createdAt")
      SELECT ${randomUUID()}, ${userId}, ${event.id}, g.id, ${answers.consentVersion}, 'registration.submit', ${now}::timestamp FROM g
    ), d AS (
      DELETE FROM "RegistrationDraft" WHERE "userId" = ${userId} AND "eventId" = ${event.id} AND EXISTS (SELECT 1 FROM g)
    ), s AS (SELECT g.id, g."referenceNumber", g.status, c.seat FROM g, c), ${auditAndMail({ ...mails, userId, eventId: event.id, to: answers.email, locale, context: 'registration.submit' })}
    SELECT id, "referenceNumber", status FROM g`;
  if (!row) throw new AppError('NOT_FOUND');
  return { ...row, created: true };
}
