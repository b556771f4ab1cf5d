import type { Role } from '@/lib/db-types';

// Pure check-in rules (unit-tested in policy.test.ts).

export function canCheckIn(role: Role | null | undefined): boolean {
  return role === 'ORGANIZER' || role === 'SECRETARIAT';
}

export type CheckInOutcome = 'CHECKED_IN' | 'ALREADY' | 'NOT_APPROVED';

/** Only an approved registration is let in; checking in twice is harmless and says when the first time was. */
export function checkInOutcome(status: string, checkedInAt: Date | null): CheckInOutcome {
  if (checkedInAt) return 'ALREADY';
  return status === 'APPROVED' ? 'CHECKED_IN' : 'NOT_APPROVED';
}
