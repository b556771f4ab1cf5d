import type { EventStatus, Role } from '@/lib/db-types';
import { isStaff } from '@/features/auth/policy';

export type RegistrationWindow = 'notOpenYet' | 'open' | 'closed';

/** Whether registration is open now: the status allows it and `now` is inside the dates. */
export function registrationWindow(
  event: { status: EventStatus; registrationOpensAt: Date; registrationClosesAt: Date },
  now: Date = new Date(),
): RegistrationWindow {
  if (event.status !== 'OPEN') return 'closed';
  if (now < event.registrationOpensAt) return 'notOpenYet';
  if (now >= event.registrationClosesAt) return 'closed';
  return 'open';
}

/** Drafts are visible to staff only; everything else is public. */
export function canSeeEvent(status: EventStatus, role: Role | null): boolean {
  return status !== 'DRAFT' || (role !== null && isStaff(role));
}
