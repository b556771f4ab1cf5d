import type { RegistrationStatus, Role } from '@/lib/db-types';
import { registrationWindow } from '@/features/events/policy';

// Pure rules (unit-tested as a matrix in policy.test.ts).

/** SUBMITTED and APPROVED hold a seat of the event; the other statuses do not. */
export function holdsSeat(status: RegistrationStatus): boolean {
  return status === 'SUBMITTED' || status === 'APPROVED';
}

/** The delegate may still change or cancel: the registration is live and the deadline not passed. */
export function canChangeOwnRegistration(status: RegistrationStatus, event: { registrationClosesAt: Date }, now: Date = new Date()): boolean {
  return status !== 'CANCELLED' && status !== 'REJECTED' && now < event.registrationClosesAt;
}

/** Who decides on registrations (approve, reject, wait list): the secretariat. */
export function canDecideRegistrations(role: Role): boolean {
  return role === 'SECRETARIAT';
}

/** Who reads the registrations list and details (without sensitive fields for organizers). */
export function canReadRegistrations(role: Role): boolean {
  return role === 'SECRETARIAT' || role === 'ORGANIZER';
}

/** Passport number, passport expiry and date of birth: the delegate and the secretariat only. */
export function canSeeSensitive(actor: { id: string; role: Role }, registration: { userId: string }): boolean {
  return actor.role === 'SECRETARIAT' || actor.id === registration.userId;
}

/** Event settings (dates, capacity, fees, questions): the secretariat. */
export function canEditEventSettings(role: Role): boolean {
  return role === 'SECRETARIAT';
}

/** Which statuses a decision may start from, and the status it leads to. */
export function decisionTarget(decision: 'APPROVE' | 'REJECT' | 'WAITLIST', from: RegistrationStatus): RegistrationStatus | null {
  switch (decision) {
    case 'APPROVE':
      return from === 'SUBMITTED' || from === 'WAITLISTED' ? 'APPROVED' : null;
    case 'REJECT':
      return from === 'SUBMITTED' || from === 'APPROVED' || from === 'WAITLISTED' ? 'REJECTED' : null;
    case 'WAITLIST':
      return from === 'SUBMITTED' || from === 'APPROVED' ? 'WAITLISTED' : null;
  }
}

export { registrationWindow };
