'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { AppError } from '@/lib/errors';
import { requireRole } from '@/features/auth/data';
import { canChangeRole } from '@/features/auth/policy';
import { setUserRole } from '@/features/auth/mutations';
import { scheduleDispatch } from '@/features/email/dispatch';
import { changeUserRoleSchema } from './schema';

export const changeUserRole = defineAction(changeUserRoleSchema, async ({ userId, role }) => {
  const actor = await requireRole('SECRETARIAT');
  if (!canChangeRole(actor, userId)) throw new AppError('FORBIDDEN');
  const result = await setUserRole(actor.id, userId, role);
  scheduleDispatch();
  revalidatePath('/[locale]/staff/users', 'page');
  return result;
});
