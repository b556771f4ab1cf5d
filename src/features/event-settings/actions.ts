'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { requireRole } from '@/features/auth/data';
import { scheduleDispatch } from '@/features/email/dispatch';
import { deleteQuestion as deleteMutation, saveFeeCategory as saveFeeMutation, saveQuestion as saveQuestionMutation, updateRegistrationSettings as updateMutation } from './mutations';
import { deleteQuestionSchema, feeCategorySchema, questionSchema, registrationSettingsSchema } from './schema';

const revalidate = () => revalidatePath('/[locale]/staff/events/[slug]', 'layout');

export const updateRegistrationSettings = defineAction(registrationSettingsSchema, async (input) => {
  const actor = await requireRole('SECRETARIAT');
  const result = await updateMutation(actor.id, input);
  scheduleDispatch();
  revalidate();
  return result;
});

export const saveFeeCategory = defineAction(feeCategorySchema, async (input) => {
  const actor = await requireRole('SECRETARIAT');
  const result = await saveFeeMutation(actor.id, input);
  revalidate();
  return result;
});

export const saveQuestion = defineAction(questionSchema, async (input) => {
  const actor = await requireRole('SECRETARIAT');
  const result = await saveQuestionMutation(actor.id, input);
  revalidate();
  return result;
});

export const deleteQuestion = defineAction(deleteQuestionSchema, async ({ eventId, id }) => {
  const actor = await requireRole('SECRETARIAT');
  await deleteMutation(actor.id, eventId, id);
  revalidate();
  return { deleted: true };
});
