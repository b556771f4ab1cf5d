import type { Role } from '@/lib/db-types';

// Pure rules: who may do what. Unit-tested as a matrix in policy.test.ts.

export const STAFF_ROLES: readonly Role[] = ['ORGANIZER', 'SECRETARIAT'];

export function isStaff(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}

/** Reading the e-mail outbox: staff (so the demo works without a mail server). */
export function canReadOutbox(role: Role): boolean {
  return isStaff(role);
}

/** Managing accounts, roles and reading the audit log: the secretariat only. */
export function canManageUsers(role: Role): boolean {
  return role === 'SECRETARIAT';
}

export function canReadAuditLog(role: Role): boolean {
  return role === 'SECRETARIAT';
}

/**
 * The secretariat changes anyone's role but its own (so the last secretariat
 * account cannot lock everyone out by demoting itself).
 */
export function canChangeRole(actor: { id: string; role: Role }, targetId: string): boolean {
  return canManageUsers(actor.role) && actor.id !== targetId;
}
