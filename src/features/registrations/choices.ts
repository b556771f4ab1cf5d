// The registration form's choices and steps, without zod: the wizard (a client component)
// renders with them and loads its schemas (schema.ts, zod) only when it first validates.

export const GENDERS = ['FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED'] as const;
export const ORGANIZATION_KINDS = ['COOPERATIVE', 'UNION', 'WOMENS_GROUP', 'YOUTH_GROUP', 'NGO', 'RESEARCH', 'LOCAL_GOVERNMENT', 'OTHER'] as const;
export const PARTICIPANT_TYPES = ['DELEGATE', 'SPEAKER', 'OBSERVER', 'PRESS', 'VOLUNTEER'] as const;
export const ACCOMMODATIONS = ['ORGANIZER_HOTEL', 'HOST_FAMILY', 'SELF_ARRANGED', 'NOT_NEEDED'] as const;
export const DIETARY = ['VEGETARIAN', 'VEGAN', 'HALAL', 'KOSHER', 'GLUTEN_FREE', 'LACTOSE_FREE', 'NUT_ALLERGY'] as const;
export const ACCESSIBILITY = ['MOBILITY', 'WHEELCHAIR', 'HEARING', 'VISUAL'] as const;
export const STATUSES = ['SUBMITTED', 'APPROVED', 'WAITLISTED', 'REJECTED', 'CANCELLED'] as const;

export type ParticipantTypeValue = (typeof PARTICIPANT_TYPES)[number];

/** The steps of the form, in order; the last one is the review. */
export const STEPS = ['identity', 'participation', 'travel', 'visa', 'review'] as const;
export type StepName = (typeof STEPS)[number];
export const STEP_COUNT = STEPS.length;

/** The fields of each step (schema.test.ts checks them against the step schemas). */
export const STEP_FIELDS: Record<StepName, readonly string[]> = {
  identity: ['firstName', 'lastName', 'nameOrder', 'gender', 'email', 'phone', 'organization', 'organizationKind', 'organizationRole', 'country', 'city'],
  participation: ['participantType', 'feeCategoryId', 'languages', 'interpretationNeeds', 'customAnswers'],
  travel: ['arrivalAt', 'departureAt', 'travelDetails', 'accommodation', 'dietary', 'dietaryNotes', 'accessibility', 'accessibilityNotes'],
  visa: ['visaLetterRequested', 'nationality', 'passportNumber', 'passportExpiry', 'dateOfBirth', 'bursaryRequested', 'bursaryAmount', 'bursaryReason'],
  review: ['consent', 'consentVersion'],
};
