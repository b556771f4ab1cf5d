'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { AppError } from '@/lib/errors';
import { requireRole } from '@/features/auth/data';
import { canChangeRole } from '@/features/auth/policy';
import { setUserDisabled as setUserDisabledMutation, setUserRole } from '@/features/auth/mutations';
import { scheduleDispatch } from '@/features/email/dispatch';
import { changeUserRoleSchema, setUserDisabledSchema } from './schema';

export const changeUserRole = defineAction(changeUserRoleSchema, async ({ userId, role }) => {
  const actor = await requireRole('SECRETARIAT');
  if (!canChangeRole(actor, userId)) throw new AppError('FORBIDDEN');
  const result = await setUserRole(actor.id, userId, role);
  scheduleDispatch();
  revalidatePath('/[locale]/staff/users', 'page');
  return result;
});

export const setUserDisabled = defineAction(setUserDisabledSchema, async ({ userId, disabled }) => {
  const actor = await requireRole('SECRETARIAT');
  // Same rule as roles: the secretariat never locks itself out.
  if (!canChangeRole(actor, userId)) throw new AppError('FORBIDDEN');
  const result = await setUserDisabledMutation(actor.id, userId, disabled);
  revalidatePath('/[locale]/staff/users', 'page');
  return result;
});
