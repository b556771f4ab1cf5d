'use server';

import { revalidatePath } from 'next/cache';
import { staffAction, userAction } from '@/features/auth/clients';
import { scheduleDispatch } from '@/features/email/dispatch';
import { AppError } from '@/lib/errors';
import { findEventById, findRoundById, findRoundForDelegate, findRun } from './data';
import { publishRun, runAllocation, saveRanking, saveRound, sendReminders } from './mutations';
import { rankingSchema, roundRefSchema, roundSchema, runRefSchema, runSchema } from './schema';

function revalidate() {
  revalidatePath('/[locale]/staff/events/[slug]/allocation', 'layout');
  revalidatePath('/[locale]/my/preferences', 'layout');
  revalidatePath('/[locale]/my/agenda', 'layout');
}

/** Staff scope: any event (organizers and the secretariat run every event's programme). */
async function staffRound(roundId: string) {
  const round = await findRoundById(null, roundId);
  if (!round) throw new AppError('NOT_FOUND');
  return round;
}

export const saveRoundAction = staffAction(roundSchema, async ({ eventId, id, ...values }, { actor }) => {
  const event = await findEventById(eventId);
  if (!event) throw new AppError('NOT_FOUND');
  const round = await saveRound(actor.id, event, id, values);
  revalidate();
  return round;
});

/** An approved delegate ranks sessions of a round of their event (while it is open). */
export const saveRankingAction = userAction(rankingSchema, async ({ roundId, choices }, { actor }) => {
  const found = await findRoundForDelegate(roundId, actor.id);
  if (!found) throw new AppError('NOT_FOUND');
  await saveRanking(found.round, found.registration, choices);
  revalidatePath('/[locale]/my/preferences', 'layout');
  return { saved: true };
});

export const runAllocationAction = staffAction(runSchema, async ({ roundId, balanceWeight, tolerancePct, capacities, seed }, { actor }) => {
  const round = await staffRound(roundId);
  const run = await runAllocation(actor.id, round, { balanceWeight, tolerance: tolerancePct / 100, capacities, seed });
  revalidate();
  return run;
});

export const publishRunAction = staffAction(runRefSchema, async ({ roundId, runId }, { actor }) => {
  const round = await staffRound(roundId);
  const run = await findRun(round.id, runId);
  if (!run) throw new AppError('NOT_FOUND');
  const outcome = await publishRun(actor.id, round, run);
  scheduleDispatch();
  revalidate();
  return outcome;
});

export const sendRemindersAction = staffAction(roundRefSchema, async ({ roundId }, { actor }) => {
  const round = await staffRound(roundId);
  const sent = await sendReminders(actor.id, round);
  scheduleDispatch();
  revalidate();
  return { sent };
});
