'use server';

import { revalidatePath } from 'next/cache';
import { secretariatAction, staffAction, userAction } from '@/features/auth/clients';
import { AppError } from '@/lib/errors';
import { findEntryEvent, findRegistrationEvent } from './data';
import { recordPayment, reversePayment, saveMoneySettings, setFeeWaiver, updateBilling } from './mutations';
import { canRecordPayment } from './policy';
import { toMinor } from './rules';
import { billingSchema, moneySettingsSchema, recordPaymentSchema, reversePaymentSchema, waiveFeeSchema } from './schema';

const refresh = () => revalidatePath('/[locale]/staff/events/[slug]', 'layout');

/**
 * Staff record a payment (organizers: cash only, at the check-in desk). An
 * organizer asking for another method is refused like a stranger: NOT_FOUND.
 */
export const recordPaymentAction = staffAction(recordPaymentSchema, async (input, { actor }) => {
  if (!canRecordPayment(actor.role, input.method)) throw new AppError('NOT_FOUND');
  const target = await findRegistrationEvent(input.registrationId);
  if (!target) throw new AppError('NOT_FOUND');
  const amountMinor = toMinor(input.amount, input.currency);
  if (amountMinor === null || amountMinor <= 0) throw new AppError('VALIDATION', { amount: ['money.amount'] });
  const entry = await recordPayment(actor.id, {
    eventId: target.eventId,
    registrationId: target.id,
    amountMinor,
    currency: input.currency,
    method: input.method,
    paidOn: new Date(`${input.paidOn}T00:00:00Z`),
    payerReference: input.payerReference,
    note: input.note,
    idempotencyKey: input.idempotencyKey,
  });
  refresh();
  return entry;
});

/** The secretariat corrects (reversal) or refunds an entry: a new entry, never an edit. */
export const reversePaymentAction = secretariatAction(reversePaymentSchema, async (input, { actor }) => {
  const entry = await findEntryEvent(input.entryId);
  if (!entry) throw new AppError('NOT_FOUND');
  const result = await reversePayment(actor.id, { eventId: entry.eventId, entryId: entry.id, kind: input.kind, note: input.note, idempotencyKey: input.idempotencyKey });
  refresh();
  return result;
});

export const waiveFeeAction = secretariatAction(waiveFeeSchema, async (input, { actor }) => {
  const target = await findRegistrationEvent(input.registrationId);
  if (!target) throw new AppError('NOT_FOUND');
  const after = await setFeeWaiver(actor.id, target.eventId, target.id, input.waived);
  refresh();
  return { status: after?.status ?? null };
});

/** The delegate edits the invoice's addressee (own registration only). */
export const updateBillingAction = userAction(billingSchema, async (input, { actor }) => {
  await updateBilling(actor.id, input.registrationId, { billingName: input.billingName, billingAddress: input.billingAddress });
  revalidatePath('/[locale]/my/registrations/[slug]', 'page');
  return { saved: true };
});

export const saveMoneySettingsAction = secretariatAction(moneySettingsSchema, async (input, { actor }) => {
  await saveMoneySettings(actor.id, input.eventId, { legalDetails: input.legalDetails, paymentInstructions: input.paymentInstructions });
  refresh();
  return { saved: true };
});
