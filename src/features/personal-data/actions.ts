'use server';

import { revalidatePath } from 'next/cache';
import { AppError } from '@/lib/errors';
import { secretariatAction, userAction } from '@/features/auth/clients';
import { scheduleDispatch } from '@/features/email/dispatch';
import { deleteAccount, checkOwnPassword } from './mutations';
import { canDeleteAccountOf, canDeleteOwnAccount } from './policy';
import { deleteMyAccountSchema, deleteUserAccountSchema } from './schema';

/** A delegate deletes their own account, confirmed with their password. */
export const deleteMyAccount = userAction(deleteMyAccountSchema, async ({ password }, { actor }) => {
  if (!canDeleteOwnAccount(actor.role)) throw new AppError('FORBIDDEN');
  if (!(await checkOwnPassword(actor.id, password))) throw new AppError('VALIDATION', { password: ['passwordWrong'] });
  const outcome = await deleteAccount({ userId: actor.id, actorId: actor.id, by: 'self' });
  scheduleDispatch();
  return outcome;
});

/** The secretariat deletes an account on the person's written request. */
export const deleteUserAccount = secretariatAction(deleteUserAccountSchema, async ({ userId }, { actor }) => {
  if (!canDeleteAccountOf(actor, userId)) throw new AppError('FORBIDDEN');
  const outcome = await deleteAccount({ userId, actorId: actor.id, by: 'secretariat' });
  scheduleDispatch();
  revalidatePath('/[locale]/staff/users', 'page');
  return outcome;
});
