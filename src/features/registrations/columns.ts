import type { RegistrationAnswers } from './schema';
import type { EventCore } from './seats';
import { minorDigits } from './form-values';
import { continentOf } from '@/lib/geo';
import { dayValue, fromWallTime } from '@/lib/zoned-time';

/** The event as the registration form knows it: its accounting currency included. */
export type FormEvent = EventCore & { currency: string };

/** The columns a registration stores for `answers` (identity, travel, visa, bursary…). Pure. */
export function columnsFor(event: Pick<FormEvent, 'timeZone' | 'currency'>, answers: RegistrationAnswers) {
  return {
    participantType: answers.participantType,
    feeCategoryId: answers.feeCategoryId,
    firstName: answers.firstName,
    lastName: answers.lastName,
    nameOrder: answers.nameOrder,
    gender: answers.gender,
    email: answers.email,
    phone: answers.phone,
    organization: answers.organization,
    organizationKind: answers.organizationKind,
    organizationRole: answers.organizationRole,
    country: answers.country,
    continent: continentOf(answers.country)!,
    city: answers.city,
    languages: answers.languages,
    interpretationNeeds: answers.interpretationNeeds,
    arrivalAt: answers.arrivalAt ? fromWallTime(answers.arrivalAt, event.timeZone) : null,
    departureAt: answers.departureAt ? fromWallTime(answers.departureAt, event.timeZone) : null,
    travelDetails: answers.travelDetails,
    accommodation: answers.accommodation,
    dietary: answers.dietary,
    dietaryNotes: answers.dietaryNotes,
    accessibility: answers.accessibility,
    accessibilityNotes: answers.accessibilityNotes,
    visaLetterRequested: answers.visaLetterRequested,
    nationality: answers.nationality,
    passportNumber: answers.passportNumber,
    passportExpiry: answers.passportExpiry ? dayValue(answers.passportExpiry) : null,
    dateOfBirth: answers.dateOfBirth ? dayValue(answers.dateOfBirth) : null,
    bursaryRequested: answers.bursaryRequested,
    // Bursary amounts are in the event's accounting currency (Event.currency), the bursary budget's.
    bursaryAmountMinor: answers.bursaryAmount === null ? null : answers.bursaryAmount * 10 ** minorDigits(event.currency),
    bursaryReason: answers.bursaryReason,
    customAnswers: answers.customAnswers,
  };
}
