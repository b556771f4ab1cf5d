'use server';

import { secretariatAction } from '@/features/auth/clients';
import { revalidatePath } from 'next/cache';
import { scheduleDispatch } from '@/features/email/dispatch';
import { deleteQuestion as deleteMutation, saveFeeCategory as saveFeeMutation, saveQuestion as saveQuestionMutation, updateRegistrationSettings as updateMutation } from './mutations';
import { deleteQuestionSchema, feeCategorySchema, questionSchema, registrationSettingsSchema } from './schema';

const revalidate = () => revalidatePath('/[locale]/staff/events/[slug]', 'layout');

export const updateRegistrationSettings = secretariatAction(registrationSettingsSchema, async (input, { actor }) => {
  const result = await updateMutation(actor.id, input);
  scheduleDispatch();
  revalidate();
  return result;
});

export const saveFeeCategory = secretariatAction(feeCategorySchema, async (input, { actor }) => {
  const result = await saveFeeMutation(actor.id, input);
  revalidate();
  return result;
});

export const saveQuestion = secretariatAction(questionSchema, async (input, { actor }) => {
  const result = await saveQuestionMutation(actor.id, input);
  revalidate();
  return result;
});

export const deleteQuestion = secretariatAction(deleteQuestionSchema, async ({ eventId, id }, { actor }) => {
  await deleteMutation(actor.id, eventId, id);
  revalidate();
  return { deleted: true };
});
