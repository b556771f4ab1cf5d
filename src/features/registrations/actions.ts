'use server';

import { secretariatAction, userAction } from '@/features/auth/clients';
import { revalidatePath } from 'next/cache';
import { fieldErrorsOf } from '@/lib/errors';
import { AppError } from '@/lib/errors';
import { burstGate } from '@/lib/admission';

import { scheduleDispatch } from '@/features/email/dispatch';
import { registrationWindow } from '@/features/events/policy';
import { findEventForRegistration, findOwnedRegistrationEvent, registrationContext, type EventForRegistration } from './data';
import { cancelOwnRegistration, saveDraft, submitRegistration as submitMutation, updateOwnRegistration } from './mutations';
import { decideRegistrations as decideMutation } from './decisions/mutations';
import { cancelRegistrationSchema, decideRegistrationSchema, registrationSchema, saveDraftSchema, strictStepSchema, submitRegistrationSchema, updateRegistrationSchema, type RegistrationAnswers } from './schema';

async function loadOpenEvent(slug: string, role: Parameters<typeof findEventForRegistration>[1]): Promise<EventForRegistration> {
  const event = await findEventForRegistration(slug, role);
  if (!event) throw new AppError('NOT_FOUND');
  const window = registrationWindow(event);
  if (window === 'closed') throw new AppError('DEADLINE_PASSED');
  if (window === 'notOpenYet') throw new AppError('FORBIDDEN');
  return event;
}

/** The whole form parsed with the event's schema; the consent must be to the current notice. */
function parseAnswers(event: EventForRegistration, values: Record<string, unknown>): RegistrationAnswers {
  const parsed = registrationSchema(registrationContext(event)).safeParse(values);
  if (!parsed.success) throw new AppError('VALIDATION', fieldErrorsOf(parsed.error));
  if (parsed.data.consentVersion !== event.privacyNoticeVersion) throw new AppError('CONFLICT', { consent: ['consentOutdated'] });
  return parsed.data;
}

/** Saves one validated step of the form, so answers survive a closed tab or a lost connection. */
export const saveRegistrationDraft = userAction(saveDraftSchema, async ({ slug, step, values }, { actor }) => {
  const event = await loadOpenEvent(slug, actor.role);
  const parsed = strictStepSchema(step, registrationContext(event)).safeParse(values);
  if (!parsed.success) throw new AppError('VALIDATION', fieldErrorsOf(parsed.error));
  // The form's own values are kept (not the parsed ones) so they fill the form again as typed.
  await saveDraft(actor.id, event.id, step, values);
  return { saved: true };
});

export const submitRegistration = userAction(submitRegistrationSchema, async ({ slug, values, locale }, { actor }) => {
  // In arrival order, a bounded number at a time (src/lib/admission.ts): a burst is answered progressively.
  const result = await burstGate(async () => {
    const event = await loadOpenEvent(slug, actor.role);
    const answers = parseAnswers(event, values);
    return submitMutation({ userId: actor.id, event, answers, locale });
  });
  scheduleDispatch();
  // No revalidatePath: the form navigates to the (dynamic, never client-cached) registration page,
  // and a revalidation would make Next re-render the whole register page into this answer.
  // Hundreds of these arrive at once when registration opens.
  return { referenceNumber: result.referenceNumber, status: result.status };
});

export const updateRegistration = userAction(updateRegistrationSchema, async ({ registrationId, values }, { actor }) => {
  const event = await findOwnedRegistrationEvent(actor.id, registrationId);
  const answers = parseAnswers(event, values);
  const result = await updateOwnRegistration(actor.id, registrationId, event, answers);
  revalidatePath('/[locale]/my/registrations', 'layout');
  return { changed: result.changed.length };
});

export const cancelRegistration = userAction(cancelRegistrationSchema, async ({ registrationId }, { actor }) => {
  const event = await findOwnedRegistrationEvent(actor.id, registrationId);
  await cancelOwnRegistration(actor.id, registrationId, event);
  scheduleDispatch();
  revalidatePath('/[locale]/my/registrations', 'layout');
  return { cancelled: true };
});

export const decideRegistrations = secretariatAction(decideRegistrationSchema, async ({ registrationIds, decision, reason }, { actor }) => {
  const outcome = await decideMutation(actor.id, [...new Set(registrationIds)], decision, reason ?? null);
  scheduleDispatch();
  revalidatePath('/[locale]/staff/events/[slug]/registrations', 'layout');
  return { done: outcome.done.length, skipped: outcome.skipped.length, capacityFull: outcome.skipped.filter((s) => s.code === 'CAPACITY_FULL').length };
});
