'use server';

import { secretariatAction } from '@/features/auth/clients';
import { revalidatePath } from 'next/cache';
import { AppError } from '@/lib/errors';
import { canChangeRole } from '@/features/auth/policy';
import { setUserDisabled as setUserDisabledMutation, setUserRole } from '@/features/auth/mutations';
import { scheduleDispatch } from '@/features/email/dispatch';
import { changeUserRoleSchema, setUserDisabledSchema } from './schema';

export const changeUserRole = secretariatAction(changeUserRoleSchema, async ({ userId, role }, { actor }) => {
  if (!canChangeRole(actor, userId)) throw new AppError('FORBIDDEN');
  const result = await setUserRole(actor.id, userId, role);
  scheduleDispatch();
  revalidatePath('/[locale]/staff/users', 'page');
  return result;
});

export const setUserDisabled = secretariatAction(setUserDisabledSchema, async ({ userId, disabled }, { actor }) => {
  // Same rule as roles: the secretariat never locks itself out.
  if (!canChangeRole(actor, userId)) throw new AppError('FORBIDDEN');
  const result = await setUserDisabledMutation(actor.id, userId, disabled);
  revalidatePath('/[locale]/staff/users', 'page');
  return result;
});
