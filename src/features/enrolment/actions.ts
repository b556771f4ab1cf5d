'use server';

import { userAction } from '@/features/auth/clients';
import { revalidatePath } from 'next/cache';
import { AppError } from '@/lib/errors';
import { burstGate } from '@/lib/admission';
import { scheduleDispatch } from '@/features/email/dispatch';
import { enrolSchema } from '@/features/programme/schema';
import { localized } from '@/lib/i18n/localized';
import { findOwnRegistrationForSession, findSessionTitle } from './data';
import { cancelEnrolment, enrolInSession } from './mutations';

function revalidate() {
  revalidatePath('/[locale]/events/[slug]/programme', 'layout');
  revalidatePath('/[locale]/my/agenda', 'layout');
}

/** A delegate enrols themself; the scope is their own registration to the session's event. */
export const enrolAction = userAction(enrolSchema, async ({ sessionId, locale }, { actor }) => {
  const registration = await findOwnRegistrationForSession(actor.id, sessionId);
  if (!registration) throw new AppError('FORBIDDEN', { reason: ['NO_REGISTRATION'] });
  try {
    // In arrival order, a bounded number at a time (src/lib/admission.ts).
    const outcome = await burstGate(() => enrolInSession(registration.id, sessionId));
    // No revalidate(): the button calls router.refresh() (pages here are dynamic), and a revalidation
    // would make Next re-render the programme page into every answer of an enrolment race.
    return outcome;
  } catch (error) {
    const clash = error instanceof AppError ? error.fieldErrors?.clash?.[0] : undefined;
    if (!clash) throw error;
    // Name the clashing session (one the delegate holds) in the page's language.
    const other = await findSessionTitle(clash);
    const title = other ? localized(other.title, locale ?? 'fr', other.event.languages) : '';
    throw new AppError('CONFLICT', { clash: [clash], clashTitle: [title] });
  }
});

export const cancelEnrolmentAction = userAction(enrolSchema, async ({ sessionId }, { actor }) => {
  const registration = await findOwnRegistrationForSession(actor.id, sessionId);
  if (!registration) throw new AppError('NOT_FOUND');
  const outcome = await cancelEnrolment(registration.id, sessionId);
  if (outcome.promotedRegistrationIds.length > 0) scheduleDispatch();
  revalidate();
  return { cancelled: outcome.cancelled };
});
