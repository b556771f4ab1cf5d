import 'server-only';
import type { Tx } from '@/lib/db-types';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { localized } from '@/lib/i18n/localized';
import type { AppLocale } from '@/lib/i18n/locales';
import { continentOf } from '@/lib/geo';
import type { Prisma } from '@/generated/prisma/client';
import type { RegistrationStatus } from '@/generated/prisma/enums';
import { attachAcceptedInvite, releaseDelegationSeatInTx } from '@/features/delegations/membership';
import { holdsDelegationSeat } from '@/features/delegations/policy';
import { writeAudit } from '@/features/audit/mutations';
import { recomputeBalance } from '@/features/money/balance';
import { queueEmail } from '@/features/email/mutations';
import { registrationWindow } from '@/features/events/policy';
import { canChangeOwnRegistration, decisionTarget, holdsSeat } from './policy';
import { minorDigits } from './form-values';
import { formatReference, searchTextFor } from './reference';
import { lockEvent, myRegistrationUrl, notify, promoteWaitlist, recipientSelect, releaseSeat, takeSeat, type EventCore } from './seats';
import type { Decision, RegistrationAnswers, StepName } from './schema';
import { STEPS } from './schema';
import { dayValue, fromWallTime } from '@/lib/zoned-time';
import { assertEventWritable } from '@/features/events/guard';
import { revokeLettersOnCorrection } from '@/features/visa-letters/revoke';
import { openSensitive, sealDraftValues, sealSensitive } from './sensitive';

import { releaseGrantInTx } from '@/features/bursaries/mutations';


/** Hundreds of concurrent submissions queue on the event row: give them time to start and finish. */
const TX_OPTIONS = { maxWait: 60_000, timeout: 60_000 } as const;

/** Fields that never go into audit data or logs, only their names. */
const SENSITIVE_FIELDS = new Set(['passportNumber', 'passportExpiry', 'dateOfBirth']);
/** Fields printed in a visa letter: changing one revokes the issued letter. */
const LETTER_FIELDS = new Set(['firstName', 'lastName', 'nationality', 'passportNumber', 'passportExpiry', 'dateOfBirth', 'visaLetterRequested', 'organization']);

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'P2002';
}


/** The columns a registration stores for `answers` (identity, travel, visa, bursary…). */
async function columnsFor(tx: Tx, event: EventCore, answers: RegistrationAnswers) {
  // Bursary amounts are in the event's accounting currency (Event.currency), the bursary budget's.
  const { currency } = await tx.event.findUniqueOrThrow({ where: { id: event.id }, select: { currency: true } });
  return {
    participantType: answers.participantType,
    feeCategoryId: answers.feeCategoryId,
    firstName: answers.firstName,
    lastName: answers.lastName,
    nameOrder: answers.nameOrder,
    gender: answers.gender,
    email: answers.email,
    phone: answers.phone,
    organization: answers.organization,
    organizationKind: answers.organizationKind,
    organizationRole: answers.organizationRole,
    country: answers.country,
    continent: continentOf(answers.country)!,
    city: answers.city,
    languages: answers.languages,
    interpretationNeeds: answers.interpretationNeeds,
    arrivalAt: answers.arrivalAt ? fromWallTime(answers.arrivalAt, event.timeZone) : null,
    departureAt: answers.departureAt ? fromWallTime(answers.departureAt, event.timeZone) : null,
    travelDetails: answers.travelDetails,
    accommodation: answers.accommodation,
    dietary: answers.dietary,
    dietaryNotes: answers.dietaryNotes,
    accessibility: answers.accessibility,
    accessibilityNotes: answers.accessibilityNotes,
    visaLetterRequested: answers.visaLetterRequested,
    nationality: answers.nationality,
    passportNumber: answers.passportNumber,
    passportExpiry: answers.passportExpiry ? dayValue(answers.passportExpiry) : null,
    dateOfBirth: answers.dateOfBirth ? dayValue(answers.dateOfBirth) : null,
    bursaryRequested: answers.bursaryRequested,
    bursaryAmountMinor: answers.bursaryAmount === null ? null : answers.bursaryAmount * 10 ** minorDigits(currency),
    bursaryReason: answers.bursaryReason,
    customAnswers: answers.customAnswers,
  };
}

// ---- Drafts ----------------------------------------------------------------

/** Merges one validated step into the user's draft; `step` is the furthest step reached. */
export async function saveDraft(userId: string, eventId: string, step: StepName, values: Record<string, unknown>): Promise<void> {
  const reached = Math.min(STEPS.indexOf(step) + 1, STEPS.length - 1);
  await db.$transaction(async (tx) => {
    await assertEventWritable(tx, { eventId });
    const existing = await tx.registrationDraft.findUnique({ where: { userId_eventId: { userId, eventId } }, select: { data: true, step: true } });
    const base = existing && typeof existing.data === 'object' && existing.data && !Array.isArray(existing.data) ? (existing.data as Record<string, unknown>) : {};
    const data = { ...base, ...sealDraftValues(values) } as Prisma.InputJsonObject;
    await tx.registrationDraft.upsert({
      where: { userId_eventId: { userId, eventId } },
      create: { userId, eventId, data, step: reached },
      update: { data, step: Math.max(existing?.step ?? 0, reached) },
    });
  });
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
  event: EventCore;
  answers: RegistrationAnswers;
  locale: AppLocale;
  now?: Date;
}): Promise<SubmitResult> {
  const { userId, event, answers } = input;
  const now = input.now ?? new Date();
  const window = registrationWindow(event, now);
  if (window !== 'open') throw new AppError(window === 'closed' ? 'DEADLINE_PASSED' : 'FORBIDDEN');
  const select = { id: true, referenceNumber: true, status: true } as const;
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.registration.findUnique({ where: { eventId_userId: { eventId: event.id, userId } }, select });
      if (existing && existing.status !== 'CANCELLED') return { ...existing, created: false };
      if (existing) {
        // Registering again after a cancellation reuses the cancelled row (the
        // unique (eventId, userId) index keeps the double-submit guarantee).
        // Re-read behind the event lock: a concurrent submit may have revived it.
        await lockEvent(tx, event.id);
        const again = await tx.registration.findUniqueOrThrow({ where: { id: existing.id }, select });
        if (again.status !== 'CANCELLED') return { ...again, created: false };
      }
      const [counter] = await tx.$queryRaw<{ referenceCounter: number; code: string }[]>`
        UPDATE "Event" SET "referenceCounter" = "referenceCounter" + 1 WHERE id = ${event.id} RETURNING "referenceCounter", "code"`;
      if (!counter) throw new AppError('NOT_FOUND');
      const seat = await takeSeat(tx, event.id);
      const status: RegistrationStatus = !seat ? 'WAITLISTED' : event.requiresApproval ? 'SUBMITTED' : 'APPROVED';
      const referenceNumber = formatReference(counter.code, Number(counter.referenceCounter));
      const { passportNumber, dateOfBirth, ...columns } = await columnsFor(tx, event, answers);
      const fresh = {
        ...columns,
        ...sealSensitive({ passportNumber, dateOfBirth }),
        // Set only through the delegation's quota (attachAcceptedInvite below).
        delegationId: null,
        referenceSeq: Number(counter.referenceCounter),
        referenceNumber,
        status,
        searchText: searchTextFor({ ...answers, referenceNumber }),
        bursaryStatus: answers.bursaryRequested ? ('PENDING' as const) : null,
        consentVersion: answers.consentVersion,
        consentedAt: now,
        submittedAt: now,
        calendarToken: randomBytes(32).toString('base64url'),
        decidedAt: status === 'APPROVED' ? now : null,
      };
      const registration = existing
        ? await tx.registration.update({
            where: { id: existing.id },
            data: {
              ...fresh,
              // Nothing of the cancelled registration's decisions carries over.
              cancelledAt: null, decisionReason: null, decidedById: null, visaLetterIssuedAt: null, checkedInAt: null, checkedInById: null,
              bursaryGrantedMinor: null, bursaryFeeCoverMinor: null, bursaryDecisionReason: null, bursaryDecidedAt: null, bursaryDecidedById: null,
            },
            select,
          })
        : await tx.registration.create({ data: { ...fresh, eventId: event.id, userId }, select });
      const context = existing ? 'registration.resubmit' : 'registration.submit';
      await tx.consentRecord.create({ data: { userId, eventId: event.id, registrationId: registration.id, noticeVersion: answers.consentVersion, context, createdAt: now } });
      await recomputeBalance(tx, registration.id);
      // A delegation invitation accepted (or a code entered) before registering: join it now if a seat is free.
      await attachAcceptedInvite(tx, { id: registration.id, userId, eventId: event.id });
      await tx.registrationDraft.deleteMany({ where: { userId, eventId: event.id } });
      await writeAudit(tx, { actorId: userId, action: context, entityType: 'Registration', entityId: registration.id, eventId: event.id, data: { status, referenceNumber } });
      await queueEmail(tx, {
        to: answers.email,
        userId,
        locale: input.locale,
        template: `registration.${status === 'WAITLISTED' ? 'waitlisted' : status === 'APPROVED' ? 'approved' : 'received'}`,
        params: { name: answers.firstName, event: localized(event.title, input.locale, event.languages), reference: referenceNumber, url: myRegistrationUrl(input.locale, event.slug) },
        dedupeKey: existing ? `registration.resubmit:${registration.id}:${referenceNumber}` : `registration.submit:${registration.id}`,
      });
      return { ...registration, created: true };
    }, TX_OPTIONS);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A concurrent double submit: the first one won; this one wrote nothing.
    const existing = await db.registration.findUnique({ where: { eventId_userId: { eventId: event.id, userId } }, select });
    if (!existing) throw error;
    return { ...existing, created: false };
  }
}

// ---- The delegate's changes -----------------------------------------------

const CANCELLABLE: RegistrationStatus[] = ['SUBMITTED', 'APPROVED', 'WAITLISTED'];

/** The owner cancels: the seat (if held) is freed and goes to the first on the wait list, in one transaction. */
export async function cancelOwnRegistration(userId: string, registrationId: string, event: EventCore, now: Date = new Date()): Promise<{ promoted: string[] }> {
  return db.$transaction(async (tx) => {
    await assertEventWritable(tx, { eventId: event.id });
    await lockEvent(tx, event.id);
    const r = await tx.registration.findFirst({ where: { id: registrationId, userId, eventId: event.id }, select: { ...recipientSelect, status: true } });
    if (!r) throw new AppError('NOT_FOUND');
    if (!CANCELLABLE.includes(r.status)) throw new AppError('CONFLICT');
    if (!canChangeOwnRegistration(r.status, event, now)) throw new AppError('DEADLINE_PASSED');
    await tx.registration.update({ where: { id: r.id }, data: { status: 'CANCELLED', cancelledAt: now } });
    await releaseDelegationSeatInTx(tx, r.id);
    await releaseGrantInTx(tx, r.id, userId);
    await writeAudit(tx, { actorId: userId, action: 'registration.cancel', entityType: 'Registration', entityId: r.id, eventId: event.id, data: { from: r.status } });
    await notify(tx, event, r, 'cancelled', {}, `registration.cancel:${r.id}`);
    if (!holdsSeat(r.status)) return { promoted: [] };
    await releaseSeat(tx, event.id);
    return { promoted: await promoteWaitlist(tx, event, userId) };
  }, TX_OPTIONS);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return (a instanceof Date ? a.getTime() : a) === (b instanceof Date ? b.getTime() : b);
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The owner edits until the deadline (answers already validated with the same
 * schema). The audit entry lists the changed fields; values only for the
 * non-sensitive ones.
 */
export async function updateOwnRegistration(userId: string, registrationId: string, event: EventCore, answers: RegistrationAnswers, now: Date = new Date()): Promise<{ changed: string[] }> {
  return db.$transaction(async (tx) => {
    await assertEventWritable(tx, { eventId: event.id });
    const row = await tx.registration.findFirst({ where: { id: registrationId, userId, eventId: event.id } });
    if (!row) throw new AppError('NOT_FOUND');
    const current = openSensitive(row);
    if (!canChangeOwnRegistration(current.status, event, now)) throw new AppError(current.status === 'CANCELLED' || current.status === 'REJECTED' ? 'CONFLICT' : 'DEADLINE_PASSED');
    const columns = await columnsFor(tx, event, answers);
    const changed = (Object.keys(columns) as (keyof typeof columns)[]).filter((k) => !sameValue(columns[k], current[k]));
    if (changed.length === 0) return { changed };
    const { passportNumber, dateOfBirth, ...plainColumns } = columns;
    await tx.registration.update({
      where: { id: current.id },
      data: {
        ...plainColumns,
        ...sealSensitive({ passportNumber, dateOfBirth }),
        searchText: searchTextFor({ ...answers, referenceNumber: current.referenceNumber }),
        bursaryStatus: answers.bursaryRequested ? (current.bursaryStatus ?? 'PENDING') : null,
        consentVersion: answers.consentVersion,
        consentedAt: answers.consentVersion === current.consentVersion ? current.consentedAt : now,
      },
    });
    if (answers.consentVersion !== current.consentVersion) {
      await tx.consentRecord.create({ data: { userId, eventId: event.id, registrationId: current.id, noticeVersion: answers.consentVersion, context: 'registration.update', createdAt: now } });
    }
    if (changed.includes('feeCategoryId')) await recomputeBalance(tx, current.id);
    const values = Object.fromEntries(changed.filter((k) => !SENSITIVE_FIELDS.has(k)).map((k) => [k, columns[k] instanceof Date ? (columns[k] as Date).toISOString() : columns[k]]));
    await writeAudit(tx, { actorId: userId, action: 'registration.update', entityType: 'Registration', entityId: current.id, eventId: event.id, data: { changed, values } as Prisma.InputJsonObject });
    // A letter names the holder and their passport: a correction revokes it and puts the request back in the queue.
    if (changed.some((k) => LETTER_FIELDS.has(k))) await revokeLettersOnCorrection(tx, { registrationId: current.id, eventId: event.id, actorId: userId });
    return { changed };
  }, TX_OPTIONS);
}

// ---- Staff decisions -------------------------------------------------------

export type DecisionOutcome = { done: string[]; skipped: { id: string; code: 'CONFLICT' | 'CAPACITY_FULL' | 'NOT_FOUND' }[] };

/**
 * Approve / reject / move to the wait list, one transaction per event.
 * Seats: approving a wait-listed registration takes a free seat (or is
 * skipped with CAPACITY_FULL); rejecting a seat holder frees the seat and
 * promotes the wait list in order.
 *
 * Moving to the wait list frees the seat but promotes nobody: promoting the
 * first in line would either hand the seat straight back to the person moved
 * (their reference keeps their place in the order) or, skipping them, put
 * someone behind them past them. So the seat is simply free again: the
 * secretariat may approve someone from the wait list into it, a newcomer may
 * take it, and at the next release (cancellation, rejection, capacity raised)
 * free seats go to the wait list in reference order — the person moved included.
 */
export async function decideRegistrations(actorId: string, ids: string[], decision: Decision, reason: string | null): Promise<DecisionOutcome> {
  const outcome: DecisionOutcome = { done: [], skipped: [] };
  const rows = await db.registration.findMany({ where: { id: { in: ids } }, select: { id: true, eventId: true } });
  const found = new Set(rows.map((r) => r.id));
  for (const id of ids) if (!found.has(id)) outcome.skipped.push({ id, code: 'NOT_FOUND' });
  const byEvent = new Map<string, string[]>();
  for (const r of rows) byEvent.set(r.eventId, [...(byEvent.get(r.eventId) ?? []), r.id]);
  for (const [eventId, eventIds] of byEvent) {
    await db.$transaction(async (tx) => {
      await assertEventWritable(tx, { eventId });
      await lockEvent(tx, eventId);
      const event = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: { id: true, slug: true, title: true, languages: true, timeZone: true, requiresApproval: true, status: true, registrationOpensAt: true, registrationClosesAt: true } });
      const regs = await tx.registration.findMany({ where: { id: { in: eventIds } }, orderBy: { referenceSeq: 'asc' }, select: { ...recipientSelect, status: true } });
      let released = false;
      for (const r of regs) {
        const to = decisionTarget(decision, r.status);
        if (!to) {
          outcome.skipped.push({ id: r.id, code: 'CONFLICT' });
          continue;
        }
        if (to === 'APPROVED' && !holdsSeat(r.status) && !(await takeSeat(tx, eventId))) {
          outcome.skipped.push({ id: r.id, code: 'CAPACITY_FULL' });
          continue;
        }
        if (holdsSeat(r.status) && !holdsSeat(to)) {
          await releaseSeat(tx, eventId);
          if (to === 'REJECTED') released = true;
        }
        if (to === 'REJECTED' && holdsDelegationSeat(r.status)) await releaseDelegationSeatInTx(tx, r.id);
        if (to === 'REJECTED') await releaseGrantInTx(tx, r.id, actorId);
        await tx.registration.update({ where: { id: r.id }, data: { status: to, decisionReason: reason, decidedAt: new Date(), decidedById: actorId } });
        await writeAudit(tx, { actorId, action: `registration.${decision.toLowerCase()}`, entityType: 'Registration', entityId: r.id, eventId, data: { from: r.status, to, ...(reason ? { reason } : {}) } });
        await notify(tx, event, r, to === 'APPROVED' ? 'approved' : to === 'REJECTED' ? 'rejected' : 'waitlistedByStaff', reason ? { reason } : { reason: '' });
        outcome.done.push(r.id);
      }
      if (released) await promoteWaitlist(tx, event, actorId);
    }, TX_OPTIONS);
  }
  return outcome;
}
