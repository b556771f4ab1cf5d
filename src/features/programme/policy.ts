import type { Role } from '@/lib/db-types';
import { isStaff } from '@/features/auth/policy';

/** Rooms, tracks and sessions: organizers and the secretariat. */
export function canManageProgramme(role: Role): boolean {
  return isStaff(role);
}

/** Fill rates, wait lists and interpretation needs: staff only. */
export function canSeeFillRates(role: Role): boolean {
  return isStaff(role);
}
