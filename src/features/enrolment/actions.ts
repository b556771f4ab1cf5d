'use server';

import { userAction } from '@/features/auth/clients';
import { revalidatePath } from 'next/cache';
import { AppError } from '@/lib/errors';
import { scheduleDispatch } from '@/features/email/dispatch';
import { enrolSchema } from '@/features/programme/schema';
import { findOwnRegistrationForSession } from './data';
import { cancelEnrolment } from './mutations';

function revalidate() {
  revalidatePath('/[locale]/events/[slug]/programme', 'layout');
  revalidatePath('/[locale]/my/agenda', 'layout');
}

// Enrolling is a command route: app/api/sessions/[id]/enrolment (features/enrolment/enrol.ts).

export const cancelEnrolmentAction = userAction(enrolSchema, async ({ sessionId }, { actor }) => {
  const registration = await findOwnRegistrationForSession(actor.id, sessionId);
  if (!registration) throw new AppError('NOT_FOUND');
  const outcome = await cancelEnrolment(registration.id, sessionId);
  if (outcome.promotedRegistrationIds.length > 0) scheduleDispatch();
  revalidate();
  return { cancelled: outcome.cancelled };
});
