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

/**
 * The lifecycle: DRAFT → OPEN → CLOSED → ARCHIVED. The secretariat may also
 * reopen a CLOSED event, and send an OPEN event with no registration back to
 * DRAFT; ARCHIVED is final (the record of a past rencontre).
 */
const TRANSITIONS: Record<EventStatus, readonly EventStatus[]> = {
  DRAFT: ['OPEN'],
  OPEN: ['CLOSED', 'DRAFT'],
  CLOSED: ['OPEN', 'ARCHIVED'],
  ARCHIVED: [],
};

export function nextStatuses(status: EventStatus): readonly EventStatus[] {
  return TRANSITIONS[status];
}

export function canTransition(from: EventStatus, to: EventStatus, registrations = 0): boolean {
  if (!TRANSITIONS[from].includes(to)) return false;
  // People who registered must keep seeing the event: OPEN → DRAFT only while it is empty.
  return !(from === 'OPEN' && to === 'DRAFT' && registrations > 0);
}

/**
 * The one rule for every write that touches an event's data (registrations,
 * enrolment, programme, settings, delegations, check-in, bursaries): an
 * ARCHIVED event is read-only. `assertEventWritable` (events/guard.ts) applies it
 * inside each mutation's transaction.
 */
export function isEventWritable(status: EventStatus): boolean {
  return status !== 'ARCHIVED';
}
