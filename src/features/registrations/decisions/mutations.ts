import 'server-only';
import { db } from '@/lib/db';
import { writeAudits } from '@/features/audit/mutations';
import { releaseGrantInTx } from '@/features/bursaries/mutations';
import { holdsDelegationSeat } from '@/features/delegations/policy';
import { queueRenderedEmails } from '@/features/email/mutations';
import { assertEventWritable } from '@/features/events/guard';
import { decisionTarget, holdsSeat } from '../policy';
import type { Decision } from '../schema';
import { promoteWaitlist, recipientSelect, REGISTRATION_TX, renderNotice } from '../seats';

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
  const eventSelect = { id: true, slug: true, title: true, languages: true, timeZone: true, requiresApproval: true, status: true, registrationOpensAt: true, registrationClosesAt: true } as const;
  const rows = await db.registration.findMany({ where: { id: { in: ids } }, select: { ...recipientSelect, eventId: true, event: { select: eventSelect } } });
  const found = new Set(rows.map((r) => r.id));
  for (const id of ids) if (!found.has(id)) outcome.skipped.push({ id, code: 'NOT_FOUND' });
  const byEvent = new Map<string, typeof rows>();
  for (const r of rows) byEvent.set(r.eventId, [...(byEvent.get(r.eventId) ?? []), r]);
  const template = decision === 'APPROVE' ? 'approved' : decision === 'REJECT' ? 'rejected' : 'waitlistedByStaff';
  for (const [eventId, regsOfEvent] of byEvent) {
    const event = regsOfEvent[0].event;
    // The e-mails are rendered before the transaction (the target status depends on the decision only).
    const mails = new Map(await Promise.all(regsOfEvent.map(async (r) => [r.id, await renderNotice(event, r, template, { reason: reason ?? '' })] as const)));
    await db.$transaction(async (tx) => {
      await assertEventWritable(tx, { eventId });
      // Set-based: a handful of statements whatever the number of registrations.
      const [ev] = await tx.$queryRaw<{ free: number | null }[]>`
        SELECT CASE WHEN capacity IS NULL THEN NULL ELSE GREATEST(capacity - "seatsTaken", 0) END AS free
        FROM "Event" WHERE id = ${eventId} FOR NO KEY UPDATE`;
      const regs = await tx.registration.findMany({ where: { id: { in: regsOfEvent.map((r) => r.id) } }, orderBy: { referenceSeq: 'asc' }, select: { id: true, status: true, delegationId: true, bursaryStatus: true } });
      let free = ev.free === null ? Infinity : Number(ev.free);
      let seatDelta = 0;
      let released = false;
      const done: typeof regs = [];
      for (const r of regs) {
        const to = decisionTarget(decision, r.status);
        if (!to) {
          outcome.skipped.push({ id: r.id, code: 'CONFLICT' });
          continue;
        }
        if (to === 'APPROVED' && !holdsSeat(r.status)) {
          if (free <= 0) {
            outcome.skipped.push({ id: r.id, code: 'CAPACITY_FULL' });
            continue;
          }
          free--;
          seatDelta++;
        }
        if (holdsSeat(r.status) && !holdsSeat(to)) {
          seatDelta--;
          if (to === 'REJECTED') released = true;
        }
        // A rejected registration gives its bursary grant back to the budget (rare: one row at a time).
        if (to === 'REJECTED' && (r.bursaryStatus === 'GRANTED' || r.bursaryStatus === 'PARTIAL')) await releaseGrantInTx(tx, r.id, actorId);
        done.push(r);
      }
      if (done.length === 0) return;
      const to = decisionTarget(decision, done[0].status)!;
      const doneIds = done.map((r) => r.id);
      await tx.registration.updateMany({ where: { id: { in: doneIds } }, data: { status: to, decisionReason: reason, decidedAt: new Date(), decidedById: actorId } });
      if (to === 'REJECTED') {
        const leaving = done.filter((r) => r.delegationId && holdsDelegationSeat(r.status)).map((r) => r.id);
        if (leaving.length > 0) {
          await tx.$executeRaw`
            UPDATE "Delegation" d SET "memberCount" = GREATEST(d."memberCount" - x.n, 0), "updatedAt" = now()
            FROM (SELECT "delegationId" AS id, count(*)::int AS n FROM "Registration" WHERE id = ANY(${leaving}) AND "delegationId" IS NOT NULL GROUP BY 1) x
            WHERE d.id = x.id`;
        }
      }
      await writeAudits(tx, done.map((r) => ({ actorId, action: `registration.${decision.toLowerCase()}`, entityType: 'Registration', entityId: r.id, eventId, data: { from: r.status, to, ...(reason ? { reason } : {}) } })));
      await queueRenderedEmails(tx, doneIds.map((id) => mails.get(id)!));
      if (seatDelta !== 0) await tx.$executeRaw`UPDATE "Event" SET "seatsTaken" = GREATEST("seatsTaken" + ${seatDelta}, 0) WHERE id = ${eventId}`;
      outcome.done.push(...doneIds);
      if (released) await promoteWaitlist(tx, event, actorId);
    }, REGISTRATION_TX);
  }
  return outcome;
}
