import { describe, expect, it } from 'vitest';
import type { Role } from '@/generated/prisma/enums';
import { canChangeRole, canManageUsers, canReadAuditLog, canReadOutbox, isStaff } from './policy';

const roles: Role[] = ['DELEGATE', 'ORGANIZER', 'SECRETARIAT'];

describe('auth policy matrix', () => {
  it.each([
    ['isStaff', isStaff, [false, true, true]],
    ['canReadOutbox', canReadOutbox, [false, true, true]],
    ['canManageUsers', canManageUsers, [false, false, true]],
    ['canReadAuditLog', canReadAuditLog, [false, false, true]],
  ] as const)('%s', (_name, rule, expected) => {
    expect(roles.map((role) => rule(role))).toEqual(expected);
  });

  it('only the secretariat changes roles, and never its own', () => {
    expect(roles.map((role) => canChangeRole({ id: 'a', role }, 'b'))).toEqual([false, false, true]);
    expect(canChangeRole({ id: 'a', role: 'SECRETARIAT' }, 'a')).toBe(false);
  });
});
