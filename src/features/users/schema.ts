import { z } from 'zod';
import { pageParam } from '@/lib/validation';

export const ROLES = ['DELEGATE', 'ORGANIZER', 'SECRETARIAT'] as const;

export const changeUserRoleSchema = z.strictObject({
  userId: z.string().min(1).max(64),
  role: z.enum(ROLES),
});
export type ChangeUserRoleInput = z.input<typeof changeUserRoleSchema>;

export const setUserDisabledSchema = z.strictObject({
  userId: z.string().min(1).max(64),
  disabled: z.boolean(),
});
export type SetUserDisabledInput = z.input<typeof setUserDisabledSchema>;

export const listUsersQuerySchema = z.object({
  q: z.string().max(200).optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  page: pageParam,
});
