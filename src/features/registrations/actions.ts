'use server';

import { secretariatAction, userAction } from '@/features/auth/clients';
import { revalidatePath } from 'next/cache';
import { AppError, fieldErrorsOf } from '@/lib/errors';
import { scheduleDispatch } from '@/features/email/dispatch';
import { findOwnedRegistrationEvent, registrationContext } from './data';
import { cancelOwnRegistration, saveDraft, updateOwnRegistration } from './mutations';
import { decideRegistrations as decideMutation } from './decisions/mutations';
import { loadOpenEvent, parseAnswers } from './submit/submit';
import { cancelRegistrationSchema, decideRegistrationSchema, saveDraftSchema, strictStepSchema, updateRegistrationSchema } from './schema';

// A submission of the whole form is a command route: app/api/events/[slug]/registrations.

/** Saves one validated step of the form, so answers survive a closed tab or a lost connection. */
export const saveRegistrationDraft = userAction(saveDraftSchema, async ({ slug, step, values }, { actor }) => {
  const event = await loadOpenEvent(slug, actor.role);
  const parsed = strictStepSchema(step, registrationContext(event)).safeParse(values);
  if (!parsed.success) throw new AppError('VALIDATION', fieldErrorsOf(parsed.error));
  // The form's own values are kept (not the parsed ones) so they fill the form again as typed.
  await saveDraft(actor.id, event.id, step, values);
  return { saved: true };
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
