import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Prisma, RegistrationStatus } from '@/lib/db-types';
import { releaseDelegationSeatInTx } from '@/features/delegations/membership';
import { writeAudit } from '@/features/audit/mutations';
import { recomputeBalance } from '@/features/money/balance';
import { queueRenderedEmails } from '@/features/email/mutations';
import { canChangeOwnRegistration, holdsSeat } from './policy';
import { searchTextFor } from './reference';
import { lockEvent, promoteWaitlist, recipientSelect, REGISTRATION_TX as TX_OPTIONS, releaseSeat, renderNotice, type EventCore } from './seats';
import type { RegistrationAnswers, StepName } from './schema';
import { STEPS } from './schema';
import { assertEventWritable } from '@/features/events/guard';
import { revokeLettersOnCorrection } from '@/features/visa-letters/revoke';
import { releaseGrantInTx } from '@/features/bursaries/mutations';
import { openSensitive, sealDraftValues, sealSensitive } from './sensitive';
import { columnsFor, type FormEvent } from './columns';

/** Fields that never go into audit data or logs, only their names. */
const SENSITIVE_FIELDS = new Set(['passportNumber', 'passportExpiry', 'dateOfBirth']);
/** Fields printed in a visa letter: changing one revokes the issued letter. */
const LETTER_FIELDS = new Set(['firstName', 'lastName', 'nameOrder', 'nationality', 'passportNumber', 'passportExpiry', 'dateOfBirth', 'visaLetterRequested', 'organization']);

export { submitRegistration, type SubmitResult } from './submit/mutations';

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

// ---- The delegate's changes -----------------------------------------------

const CANCELLABLE: RegistrationStatus[] = ['SUBMITTED', 'APPROVED', 'WAITLISTED'];

/**
 * The owner cancels: the seat (if held) is freed and goes to the first on the wait list, in one
 * transaction. Lock order everywhere: event row, then registration rows, then delegation row.
 * A wait-listed registration holds no seat: its cancellation does not lock the event at all.
 * The e-mail is rendered before the transaction.
 */
export async function cancelOwnRegistration(userId: string, registrationId: string, event: EventCore, now: Date = new Date()): Promise<{ promoted: string[] }> {
  const found = await db.registration.findFirst({ where: { id: registrationId, userId, eventId: event.id }, select: { ...recipientSelect, status: true } });
  if (!found) throw new AppError('NOT_FOUND');
  const mail = await renderNotice(event, found, 'cancelled', {}, `registration.cancel:${found.id}`);
  return db.$transaction(async (tx) => {
    await assertEventWritable(tx, { eventId: event.id });
    let eventLocked = holdsSeat(found.status);
    if (eventLocked) await lockEvent(tx, event.id);
    // The row lock serialises a double cancel and a concurrent decision; the status is then current.
    const [r] = await tx.$queryRaw<{ id: string; status: RegistrationStatus }[]>`
      SELECT id, status::text AS status FROM "Registration" WHERE id = ${found.id} FOR UPDATE`;
    if (!r) throw new AppError('NOT_FOUND');
    if (!CANCELLABLE.includes(r.status)) throw new AppError('CONFLICT');
    if (!canChangeOwnRegistration(r.status, event, now)) throw new AppError('DEADLINE_PASSED');
    if (holdsSeat(r.status) && !eventLocked) {
      await lockEvent(tx, event.id); // promoted meanwhile (rare)
      eventLocked = true;
    }
    await tx.registration.update({ where: { id: r.id }, data: { status: 'CANCELLED', cancelledAt: now } });
    await releaseDelegationSeatInTx(tx, r.id);
    await releaseGrantInTx(tx, r.id, userId);
    await writeAudit(tx, { actorId: userId, action: 'registration.cancel', entityType: 'Registration', entityId: r.id, eventId: event.id, data: { from: r.status } });
    await queueRenderedEmails(tx, [mail]);
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
export async function updateOwnRegistration(userId: string, registrationId: string, event: FormEvent, answers: RegistrationAnswers, now: Date = new Date()): Promise<{ changed: string[] }> {
  return db.$transaction(async (tx) => {
    await assertEventWritable(tx, { eventId: event.id });
    const row = await tx.registration.findFirst({ where: { id: registrationId, userId, eventId: event.id } });
    if (!row) throw new AppError('NOT_FOUND');
    const current = openSensitive(row);
    if (!canChangeOwnRegistration(current.status, event, now)) throw new AppError(current.status === 'CANCELLED' || current.status === 'REJECTED' ? 'CONFLICT' : 'DEADLINE_PASSED');
    const columns = columnsFor(event, answers);
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
