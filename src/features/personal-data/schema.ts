import { z } from 'zod';
import { msg } from '@/lib/validation';
import { PASSWORD_MAX } from '@/features/auth/schema';

/** The person deletes their own account: their current password confirms it. */
export const deleteMyAccountSchema = z.strictObject({
  password: z.string({ error: msg.required }).min(1, { error: msg.required }).max(PASSWORD_MAX, { error: msg.tooLong(PASSWORD_MAX) }),
});
export type DeleteMyAccountInput = z.input<typeof deleteMyAccountSchema>;

/** The secretariat deletes an account on the person's written request. */
export const deleteUserAccountSchema = z.strictObject({
  userId: z.string().min(1).max(64),
});
export type DeleteUserAccountInput = z.input<typeof deleteUserAccountSchema>;
