'use server';

import { revalidatePath } from 'next/cache';
import { secretariatAction } from '@/features/auth/clients';
import { scheduleDispatch } from '@/features/email/dispatch';
import { decideBursary as decideMutation, setBudget } from './mutations';
import { budgetSchema, decideBursarySchema } from './schema';

const revalidate = () => revalidatePath('/[locale]/staff/events/[slug]', 'layout');

/** Budget and continent ceilings (never below what is committed). */
export const setBursaryBudget = secretariatAction(budgetSchema, async (input, { actor }) => {
  await setBudget(actor.id, input);
  revalidate();
  return { saved: true };
});

/** Grant in full / in part, wait-list or decline one request; refused atomically beyond the budget. */
export const decideBursary = secretariatAction(decideBursarySchema, async (input, { actor }) => {
  const result = await decideMutation(actor.id, input);
  scheduleDispatch();
  revalidate();
  revalidatePath('/[locale]/my/registrations/[slug]', 'page');
  return result;
});
