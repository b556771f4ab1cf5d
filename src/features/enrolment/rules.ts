// Pure enrolment rules shared by the mutations and the pages.
import type { RegistrationStatus } from '@/lib/db-types';

/** Registrations that may enrol in sessions (and keep their enrolments). */
export const ENROLLING_STATUSES: readonly RegistrationStatus[] = ['SUBMITTED', 'APPROVED'];

export function canEnrol(status: RegistrationStatus): boolean {
  return ENROLLING_STATUSES.includes(status);
}

/** Enrolment closes when the session starts. */
export function enrolmentOpen(session: { startsAt: Date }, now: Date = new Date()): boolean {
  return now.getTime() < session.startsAt.getTime();
}

/** Seats left (null: unlimited). Never negative, even if staff lowered the capacity below the enrolled count. */
export function seatsLeft(capacity: number | null, enrolled: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - enrolled);
}

/** Session capacity as enforced: the session's own, else its room's, else unlimited. */
export function effectiveCapacity(session: { capacity: number | null; room: { capacity: number } | null }): number | null {
  return session.capacity ?? session.room?.capacity ?? null;
}
