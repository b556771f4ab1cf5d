import { describe, expect, it } from 'vitest';
import { emptyFormValues, registrationSchema, stepSchema, strictStepSchema, decideRegistrationSchema, type RegistrationContext, type RegistrationFormValues } from './schema';
import type { QuestionDef } from './questions';

const QUESTIONS: QuestionDef[] = [
  { key: 'first', type: 'YES_NO', label: { fr: 'Première ?' }, options: [], required: true, showIfKey: null, showIfValue: null },
  { key: 'heard', type: 'CHOICE', label: { fr: 'Comment ?' }, options: [{ value: 'other', label: {} }, { value: 'press', label: {} }], required: false, showIfKey: null, showIfValue: null },
  { key: 'heard_other', type: 'TEXT', label: { fr: 'Précisez' }, options: [], required: true, showIfKey: 'heard', showIfValue: 'other' },
];

const ctx: RegistrationContext = { participantTypes: ['DELEGATE', 'OBSERVER'], feeCategoryIds: ['fee-north', 'fee-south'], questions: QUESTIONS, eventStart: '2027-03-10', eventEnd: '2027-03-14', today: '2027-01-05' };

const valid: RegistrationFormValues = {
  ...emptyFormValues('v1'),
  firstName: 'Aïssatou', lastName: 'Bâ', email: ' Aissatou.Ba@Example.ORG ', organization: 'Coopérative', organizationKind: 'COOPERATIVE', country: 'sn',
  participantType: 'DELEGATE', feeCategoryId: 'fee-south', languages: ['fr', 'wo', 'fr'], customAnswers: { first: 'yes' },
  arrivalAt: '2027-03-09T14:00', departureAt: '2027-03-15T09:00', accommodation: 'HOST_FAMILY', consent: true,
};

const errorsOf = (values: unknown, c = ctx) => {
  const r = registrationSchema(c).safeParse(values);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('registrationSchema (whole form)', () => {
  it('accepts a valid form and normalises it', () => {
    const out = registrationSchema(ctx).parse(valid);
    expect(out).toMatchObject({ email: 'aissatou.ba@example.org', country: 'SN', languages: ['fr', 'wo'], gender: null, phone: null, visaLetterRequested: false, passportNumber: null, bursaryAmount: null, customAnswers: { first: 'yes' } });
  });
  it('keeps unicode names intact and HTML as plain text', () => {
    for (const name of ['محمد الأمين', 'Ñdèye Fàtou', '李小龙', 'Mbàyy Njaay', '<img src=x onerror=alert(1)>']) {
      expect(registrationSchema(ctx).parse({ ...valid, firstName: name }).firstName).toBe(name);
    }
  });
  it('identity: required, too long, e-mail, country, phone', () => {
    expect(errorsOf({ ...valid, firstName: '  ' })).toEqual({ firstName: 'required' });
    expect(errorsOf({ ...valid, lastName: 'x'.repeat(101) })).toEqual({ lastName: 'tooLong:100' });
    expect(errorsOf({ ...valid, email: 'no-at-sign' })).toEqual({ email: 'email' });
    expect(errorsOf({ ...valid, country: 'XX' })).toEqual({ country: 'country' });
    expect(errorsOf({ ...valid, organizationKind: '' })).toEqual({ organizationKind: 'required' });
    expect(errorsOf({ ...valid, phone: 'call me' })).toEqual({ phone: 'phone' });
    expect(errorsOf({ ...valid, phone: '+221 77 123 45 67' })).toEqual({});
  });
  it('participation: type offered by the event, fee of the event, languages, custom questions', () => {
    expect(errorsOf({ ...valid, participantType: 'PRESS' })).toEqual({ participantType: 'invalid' });
    expect(errorsOf({ ...valid, feeCategoryId: '' })).toEqual({ feeCategoryId: 'required' });
    expect(errorsOf({ ...valid, feeCategoryId: 'fee-other-event' })).toEqual({ feeCategoryId: 'invalid' });
    expect(errorsOf({ ...valid, languages: [] })).toEqual({ languages: 'chooseOne' });
    expect(errorsOf({ ...valid, languages: ['xx'] })).toEqual({ languages: 'invalid' });
    expect(errorsOf({ ...valid, interpretationNeeds: ['wo'] })).toEqual({ interpretationNeeds: 'invalid' });
    expect(errorsOf({ ...valid, customAnswers: {} })).toEqual({ 'customAnswers.first': 'required' });
    expect(errorsOf({ ...valid, customAnswers: { first: 'yes', heard: 'other' } })).toEqual({ 'customAnswers.heard_other': 'required' });
    expect(registrationSchema(ctx).parse({ ...valid, customAnswers: { first: 'no', heard: 'press', heard_other: 'ignored' } }).customAnswers).toEqual({ first: 'no', heard: 'press' });
  });
  it('travel: real dates, not in the past, around the event, departure after arrival', () => {
    expect(errorsOf({ ...valid, arrivalAt: '2027-02-30T10:00' })).toEqual({ arrivalAt: 'date' });
    expect(errorsOf({ ...valid, arrivalAt: '2027-01-01T10:00' })).toEqual({ arrivalAt: 'dateInPast' });
    expect(errorsOf({ ...valid, arrivalAt: '2027-03-15T10:00', departureAt: '' })).toEqual({ arrivalAt: 'arrivalAfterEvent' });
    expect(errorsOf({ ...valid, departureAt: '2027-03-09T13:00' })).toEqual({ departureAt: 'departureBeforeEvent' });
    expect(errorsOf({ ...valid, arrivalAt: '2027-02-01T10:00' })).toEqual({ arrivalAt: 'outsideEvent' });
    expect(errorsOf({ ...valid, departureAt: '2027-04-20T10:00' })).toEqual({ departureAt: 'outsideEvent' });
    expect(errorsOf({ ...valid, arrivalAt: '2027-03-12T10:00', departureAt: '2027-03-11T10:00' })).toEqual({ departureAt: 'departureBeforeArrival' });
    expect(errorsOf({ ...valid, arrivalAt: '', departureAt: '' })).toEqual({});
    // One day outside the meeting, either side, is ordinary travel.
    expect(errorsOf({ ...valid, arrivalAt: '2027-03-09T23:30', departureAt: '2027-03-15T06:00' })).toEqual({});
    expect(errorsOf({ ...valid, arrivalAt: '2027-03-10T08:00', departureAt: '2027-03-14T22:00' })).toEqual({});
    expect(errorsOf({ ...valid, dietary: ['VEGAN', 'PORK_ONLY'] })).toEqual({ dietary: 'invalid' });
    expect(errorsOf({ ...valid, dietaryNotes: 'x'.repeat(501) })).toEqual({ dietaryNotes: 'tooLong:500' });
  });
  it('visa letter: fields required only when requested; passport valid after the event; birth date in the past', () => {
    const visa = { ...valid, visaLetterRequested: true, nationality: 'ML', passportNumber: 'b 1234 567', passportExpiry: '2030-01-01', dateOfBirth: '1980-06-15' };
    expect(registrationSchema(ctx).parse(visa)).toMatchObject({ passportNumber: 'B1234567', nationality: 'ML' });
    expect(errorsOf({ ...visa, passportNumber: '' })).toEqual({ passportNumber: 'required' });
    expect(errorsOf({ ...visa, passportNumber: '#!?' })).toEqual({ passportNumber: 'passportNumber' });
    expect(errorsOf({ ...visa, passportExpiry: '2027-03-14' })).toEqual({ passportExpiry: 'passportExpiry' });
    expect(errorsOf({ ...visa, dateOfBirth: '2027-01-05' })).toEqual({ dateOfBirth: 'dateOfBirth' });
    expect(errorsOf({ ...visa, dateOfBirth: '1850-01-01' })).toEqual({ dateOfBirth: 'dateOfBirth' });
    // Not requested: whatever is typed there is dropped, not stored.
    expect(registrationSchema(ctx).parse({ ...visa, visaLetterRequested: false })).toMatchObject({ passportNumber: null, dateOfBirth: null, nationality: null });
  });
  it('bursary: amount and reason when requested', () => {
    expect(errorsOf({ ...valid, bursaryRequested: true })).toEqual({ bursaryAmount: 'required', bursaryReason: 'required' });
    expect(errorsOf({ ...valid, bursaryRequested: true, bursaryAmount: '12.5', bursaryReason: 'Billet' })).toEqual({ bursaryAmount: 'amount' });
    expect(registrationSchema(ctx).parse({ ...valid, bursaryRequested: true, bursaryAmount: '250 000', bursaryReason: 'Billet' }).bursaryAmount).toBe(250000);
  });
  it('consent is required; crafted requests are refused', () => {
    expect(errorsOf({ ...valid, consent: false })).toEqual({ consent: 'consent' });
    expect(registrationSchema(ctx).safeParse({ ...valid, userId: 'someone-else' }).success).toBe(false);
    expect(registrationSchema(ctx).safeParse({ ...valid, visaLetterRequested: 'yes' }).success).toBe(false);
    expect(registrationSchema(ctx).safeParse({ ...valid, languages: 'fr' }).success).toBe(false);
  });
});

describe('step schemas', () => {
  it('validate one step, ignoring other steps in the form but refusing them in a draft', () => {
    expect(stepSchema('identity', ctx).safeParse(valid).success).toBe(true);
    expect(strictStepSchema('identity', ctx).safeParse(valid).success).toBe(false);
    const identity = { firstName: 'A', lastName: 'B', email: 'a@b.org', organization: 'O', organizationKind: 'NGO', country: 'BR' };
    expect(strictStepSchema('identity', ctx).safeParse(identity).success).toBe(true);
    expect(stepSchema('participation', ctx).safeParse({ ...valid, customAnswers: {} }).success).toBe(false);
    expect(stepSchema('travel', ctx).safeParse({ ...valid, departureAt: '2027-03-01T00:00' }).success).toBe(false);
    expect(stepSchema('visa', ctx).safeParse({ ...valid, visaLetterRequested: true }).success).toBe(false);
    expect(stepSchema('review', ctx).safeParse({ ...valid, consent: false }).success).toBe(false);
  });
});

describe('decideRegistrationSchema', () => {
  it('needs a reason to reject and at most 200 ids', () => {
    expect(decideRegistrationSchema.safeParse({ registrationIds: ['a'], decision: 'REJECT' }).success).toBe(false);
    expect(decideRegistrationSchema.safeParse({ registrationIds: ['a'], decision: 'REJECT', reason: 'Incomplet' }).success).toBe(true);
    expect(decideRegistrationSchema.safeParse({ registrationIds: [], decision: 'APPROVE' }).success).toBe(false);
    expect(decideRegistrationSchema.safeParse({ registrationIds: Array(201).fill('a'), decision: 'APPROVE' }).success).toBe(false);
  });
});

describe('custom answers left empty', () => {
  it('an optional question left unanswered (undefined or null from the form) is not an error', async () => {
    const { checkAnswers } = await import('./questions');
    const questions = [{ key: 'heard_from', type: 'CHOICE' as const, label: {}, options: [{ value: 'radio', label: {} }], required: false, showIfKey: null, showIfValue: null }];
    expect(checkAnswers(questions, { heard_from: undefined }).issues).toEqual([]);
    expect(checkAnswers(questions, { heard_from: null }).issues).toEqual([]);
    expect(checkAnswers(questions, { heard_from: null }).clean).toEqual({});
    const { stepShapes } = await import('./schema');
    expect(stepShapes.participation.customAnswers.safeParse({ heard_from: undefined, other: null }).success).toBe(true);
  });
});

describe('STEP_FIELDS (choices.ts, without zod for the wizard)', () => {
  it('lists exactly the fields of each step schema', async () => {
    const { stepShapes, STEP_FIELDS, STEPS } = await import('./schema');
    for (const step of STEPS) expect([...STEP_FIELDS[step]]).toEqual(Object.keys(stepShapes[step]));
  });
});
