import type { Role } from '@/lib/db-types';

/**
 * Who may delete their own account from "My data": delegates. Staff accounts
 * are closed by the secretariat (users page), so the last secretariat account
 * can never disappear by a click.
 */
export function canDeleteOwnAccount(role: Role): boolean {
  return role === 'DELEGATE';
}

/** The secretariat deletes any account but its own (on a written request). */
export function canDeleteAccountOf(actor: { id: string; role: Role }, targetId: string): boolean {
  return actor.role === 'SECRETARIAT' && actor.id !== targetId;
}
