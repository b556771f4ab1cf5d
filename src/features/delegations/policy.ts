import type { DelegationStatus, RegistrationStatus, Role } from '@/lib/db-types';

// Pure rules (unit-tested as a matrix in policy.test.ts).

/**
 * Which registrations hold a seat of their delegation: every live one
 * (SUBMITTED, APPROVED, WAITLISTED). CANCELLED and REJECTED ones keep their
 * `delegationId` (history) but free the seat. The seed counts `memberCount`
 * the same way (prisma/seed-data/build-registrations.ts).
 */
export function holdsDelegationSeat(status: RegistrationStatus): boolean {
  return status !== 'CANCELLED' && status !== 'REJECTED';
}

/** Statuses from which a registration may join a delegation (the same: a live registration). */
export const canJoinWith = holdsDelegationSeat;

/** Reading every delegation of an event: staff. */
export function canReadDelegations(role: Role): boolean {
  return role === 'SECRETARIAT' || role === 'ORGANIZER';
}

/** Creating, approving, closing, quotas and heads: the secretariat. */
export function canManageDelegations(role: Role): boolean {
  return role === 'SECRETARIAT';
}

/** A head manages members (invite, import, remove) only while the delegation is approved. */
export function headCanManageMembers(status: DelegationStatus): boolean {
  return status === 'APPROVED';
}

/** The transitions the secretariat may make. */
export function canChangeStatus(from: DelegationStatus, to: DelegationStatus): boolean {
  if (from === to) return false;
  if (to === 'REQUESTED') return false;
  return true; // REQUESTED→APPROVED|CLOSED, APPROVED→CLOSED, CLOSED→APPROVED (reopen)
}

export const MEMBER_STATUSES = ['INVITED', 'ACCOUNT_CREATED', 'INCOMPLETE', 'NOT_ATTACHED', 'SUBMITTED', 'APPROVED', 'WAITLISTED', 'REJECTED', 'CANCELLED'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/**
 * Where a member stands, as the head sees it:
 * - INVITED: the link was sent, not followed yet;
 * - ACCOUNT_CREATED: the link was followed (account created or signed in), registration not started;
 * - INCOMPLETE: a registration draft was saved past its first step;
 * - NOT_ATTACHED: registered for the event but not in this delegation (e.g. it was full);
 * - SUBMITTED … CANCELLED: the registration's own status, once in this delegation.
 * Whether an account exists for an address is never derived from the address
 * (the head must not learn it): only from the invitation having been accepted.
 */
export function memberStatus(m: {
  accepted: boolean;
  draftStep: number | null;
  registrationStatus: RegistrationStatus | null;
  inThisDelegation: boolean;
}): MemberStatus {
  if (m.registrationStatus) return m.inThisDelegation ? m.registrationStatus : 'NOT_ATTACHED';
  if (!m.accepted) return 'INVITED';
  return m.draftStep !== null && m.draftStep > 0 ? 'INCOMPLETE' : 'ACCOUNT_CREATED';
}
