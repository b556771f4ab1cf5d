// Who receives and sees letters. Pure.
import type { RegistrationStatus } from '@/lib/db-types';
import { randomBytes } from 'node:crypto';

/** Letter numbers: DKR05-VL-00042. */
export function formatLetterNumber(eventCode: string, seq: number): string {
  return `${eventCode}-VL-${String(seq).padStart(5, '0')}`;
}

/** 128 random bits, base64url (22 characters): the code in /verify/<code>. */
export function newVerificationCode(): string {
  return randomBytes(16).toString('base64url');
}

export const VERIFICATION_CODE = /^[A-Za-z0-9_-]{22}$/;

/** Only approved registrations get a letter unless the secretariat picks another status in the filter. */
export const DEFAULT_LETTER_STATUS: RegistrationStatus = 'APPROVED';

/** A letter can be issued for a live registration (never a cancelled or rejected one). */
export function canReceiveLetter(status: RegistrationStatus): boolean {
  return status !== 'CANCELLED' && status !== 'REJECTED';
}

/** The day visa data is erased: `retentionDays` after the event's last day. */
export function erasureDay(endDate: Date, retentionDays: number): Date {
  return new Date(endDate.getTime() + (retentionDays + 1) * 86_400_000);
}
