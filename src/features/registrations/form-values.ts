// A stored registration as form values (to edit it, or to show it with the
// same component as the review step). Pure.
import type { Answer } from './questions';
import { emptyFormValues, type RegistrationFormValues } from './schema';
import { dayString, toWallTime } from '@/lib/zoned-time';

export type StoredRegistration = {
  firstName: string; lastName: string; nameOrder: string; gender: string | null; email: string; phone: string | null; organization: string; organizationKind: string;
  organizationRole: string | null; country: string; city: string | null; participantType: string; feeCategoryId: string | null; languages: string[];
  interpretationNeeds: string[]; customAnswers: unknown; arrivalAt: Date | null; departureAt: Date | null; travelDetails: string | null; accommodation: string;
  dietary: string[]; dietaryNotes: string | null; accessibility: string[]; accessibilityNotes: string | null; visaLetterRequested: boolean;
  nationality?: string | null; passportNumber?: string | null; passportExpiry?: Date | null; dateOfBirth?: Date | null; bursaryRequested: boolean; bursaryAmountMinor: number | null;
  bursaryReason: string | null; consentVersion: string;
};

export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export function toFormValues(r: StoredRegistration, timeZone: string, currency: string): RegistrationFormValues {
  const answers = r.customAnswers && typeof r.customAnswers === 'object' && !Array.isArray(r.customAnswers) ? (r.customAnswers as Record<string, Answer>) : {};
  return {
    ...emptyFormValues(r.consentVersion),
    firstName: r.firstName,
    lastName: r.lastName,
    nameOrder: r.nameOrder === 'FAMILY_FIRST' ? 'FAMILY_FIRST' : 'GIVEN_FIRST',
    gender: (r.gender ?? '') as RegistrationFormValues['gender'],
    email: r.email,
    phone: r.phone ?? '',
    organization: r.organization,
    organizationKind: r.organizationKind as RegistrationFormValues['organizationKind'],
    organizationRole: r.organizationRole ?? '',
    country: r.country,
    city: r.city ?? '',
    participantType: r.participantType as RegistrationFormValues['participantType'],
    feeCategoryId: r.feeCategoryId ?? '',
    languages: r.languages,
    interpretationNeeds: r.interpretationNeeds,
    customAnswers: answers,
    arrivalAt: r.arrivalAt ? toWallTime(r.arrivalAt, timeZone) : '',
    departureAt: r.departureAt ? toWallTime(r.departureAt, timeZone) : '',
    travelDetails: r.travelDetails ?? '',
    accommodation: r.accommodation as RegistrationFormValues['accommodation'],
    dietary: r.dietary,
    dietaryNotes: r.dietaryNotes ?? '',
    accessibility: r.accessibility,
    accessibilityNotes: r.accessibilityNotes ?? '',
    visaLetterRequested: r.visaLetterRequested,
    nationality: r.nationality ?? '',
    passportNumber: r.passportNumber ?? '',
    passportExpiry: r.passportExpiry ? dayString(r.passportExpiry) : '',
    dateOfBirth: r.dateOfBirth ? dayString(r.dateOfBirth) : '',
    bursaryRequested: r.bursaryRequested,
    bursaryAmount: r.bursaryAmountMinor === null ? '' : String(r.bursaryAmountMinor / 10 ** minorDigits(currency)),
    bursaryReason: r.bursaryReason ?? '',
    consent: false,
  };
}
