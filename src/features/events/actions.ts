'use server';

import { revalidatePath } from 'next/cache';
import { secretariatAction } from '@/features/auth/clients';
import { scheduleDispatch } from '@/features/email/dispatch';
import { AppError } from '@/lib/errors';
import { createEvent as createMutation, setEventStatus as statusMutation, updateEvent as updateMutation } from './mutations';
import { eventFormSchema, setEventStatusSchema } from './schema';

const revalidate = () => {
  revalidatePath('/[locale]/staff', 'layout');
  revalidatePath('/[locale]', 'layout');
};

/** Creates a DRAFT event (optionally from an earlier rencontre's settings). */
export const createEvent = secretariatAction(eventFormSchema, async (input, { actor }) => {
  if (input.eventId) throw new AppError('VALIDATION', { _form: ['invalid'] });
  const result = await createMutation(actor.id, input);
  revalidate();
  return result;
});

export const updateEvent = secretariatAction(eventFormSchema, async (input, { actor }) => {
  const { eventId } = input;
  if (!eventId || input.copyFromId) throw new AppError('VALIDATION', { _form: ['invalid'] });
  const result = await updateMutation(actor.id, { ...input, eventId });
  scheduleDispatch();
  revalidate();
  return result;
});

export const setEventStatus = secretariatAction(setEventStatusSchema, async ({ eventId, status }, { actor }) => {
  const result = await statusMutation(actor.id, eventId, status);
  revalidate();
  return result;
});
