import { describe, expect, it } from 'vitest';
import { feeCategorySchema, formatOptionLines, parseOptionLines, questionSchema, registrationSettingsSchema } from './schema';

const texts = (fr = '') => ({ fr, en: '', es: '', pt: '' });

describe('option lines', () => {
  it('parse "value | fr | en | es | pt" and format back', () => {
    const options = parseOptionLines('network | Mon réseau | My network | Mi red | A minha rede\n\nother | Autre\n');
    expect(options).toEqual([
      { value: 'network', label: { fr: 'Mon réseau', en: 'My network', es: 'Mi red', pt: 'A minha rede' } },
      { value: 'other', label: { fr: 'Autre' } },
    ]);
    expect(parseOptionLines(formatOptionLines(options))).toEqual(options);
  });
});

describe('registrationSettingsSchema', () => {
  const valid = { eventId: 'e1', opensAt: '2026-12-01T09:00', closesAt: '2027-01-21T23:59', capacity: '1500', requiresApproval: true, participantTypes: ['DELEGATE', 'PRESS', 'DELEGATE'], privacyNotice: { fr: 'Notice', en: '', es: '', pt: '' }, privacyNoticeVersion: '2026-2' };
  it('accepts and normalises', () => {
    expect(registrationSettingsSchema.parse(valid)).toMatchObject({ capacity: 1500, participantTypes: ['DELEGATE', 'PRESS'], privacyNotice: { fr: 'Notice' } });
    expect(registrationSettingsSchema.parse({ ...valid, capacity: '' }).capacity).toBeNull();
  });
  it('refuses closing before opening, bad capacity, no participant type, extra fields', () => {
    const issues = (v: unknown) => registrationSettingsSchema.safeParse(v).error?.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(issues({ ...valid, closesAt: '2026-11-01T09:00' })).toEqual(['closesAt:closesBeforeOpens']);
    expect(issues({ ...valid, capacity: '-3' })).toEqual(['capacity:invalid']);
    expect(issues({ ...valid, participantTypes: [] })).toEqual(['participantTypes:chooseOne']);
    expect(registrationSettingsSchema.safeParse({ ...valid, seatsTaken: 0 }).success).toBe(false);
  });
});

describe('feeCategorySchema', () => {
  it('upper-cases code and currency, needs one label', () => {
    expect(feeCategorySchema.parse({ eventId: 'e', code: 'north', label: texts('Nord'), amount: '150000', currency: 'xof', active: true })).toMatchObject({ code: 'NORTH', currency: 'XOF', label: { fr: 'Nord' } });
    expect(feeCategorySchema.safeParse({ eventId: 'e', code: 'N', label: texts(), amount: '1', currency: 'XOF', active: true }).success).toBe(false);
    expect(feeCategorySchema.safeParse({ eventId: 'e', code: 'N-1', label: texts('x'), amount: '1', currency: 'XOF', active: true }).success).toBe(false);
    expect(feeCategorySchema.safeParse({ eventId: 'e', code: 'N', label: texts('x'), amount: '-1', currency: 'XOF', active: true }).success).toBe(false);
  });
});

describe('questionSchema', () => {
  const base = { eventId: 'e', key: 'heard_from', type: 'CHOICE' as const, label: texts('Comment ?'), required: false, options: 'network | Réseau', showIfKey: '', showIfValue: '' };
  it('keeps options for choices only, and a condition only with its value', () => {
    expect(questionSchema.parse(base)).toMatchObject({ options: [{ value: 'network', label: { fr: 'Réseau' } }], showIfKey: null, showIfValue: null });
    expect(questionSchema.parse({ ...base, type: 'TEXT', options: 'x | y' }).options).toEqual([]);
    expect(questionSchema.parse({ ...base, key: 'detail', type: 'TEXT', showIfKey: 'heard_from', showIfValue: 'other' })).toMatchObject({ showIfKey: 'heard_from', showIfValue: 'other' });
  });
  it('refuses a choice without options, a bad key, a self condition, a condition without value', () => {
    const issues = (v: unknown) => questionSchema.safeParse(v).error?.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(issues({ ...base, options: '' })).toEqual(['options:optionsRequired']);
    expect(issues({ ...base, key: 'Heard From' })).toEqual(['key:key']);
    expect(issues({ ...base, showIfKey: 'heard_from', showIfValue: 'x' })).toEqual(['showIfKey:unknownQuestion']);
    expect(issues({ ...base, showIfKey: 'other_q' })).toEqual(['showIfValue:required']);
    expect(issues({ ...base, options: 'a b | bad value' })).toEqual(['options:invalid']);
  });
});
