import { describe, expect, it } from 'vitest';
import { renderTemplate, unknownPlaceholders, type TemplateValues } from './template';
import { checkImage } from './images';
import { formatLetterNumber, newVerificationCode, VERIFICATION_CODE } from './policy';

const values: TemplateValues = {
  name: 'Aïssatou Ba', nationality: 'Mali', passportNumber: 'AB1234567', passportExpiry: '31/01/2031', dateOfBirth: '04/05/1970',
  organization: 'Coop', event: 'Dakar 2005', dates: '21–24 nov. 2005', city: 'Dakar', support: '',
};

describe('renderTemplate', () => {
  it('replaces every known placeholder and splits paragraphs on blank lines', () => {
    const out = renderTemplate('Dear {name} ({nationality}),\npassport {passportNumber}.\n\n  Event: {event} in {city}, {dates}.\n\n\n', values);
    expect(out).toEqual(['Dear Aïssatou Ba (Mali), passport AB1234567.', 'Event: Dakar 2005 in Dakar, 21–24 nov. 2005.']);
  });

  it('inserts hostile values as text, once: no second expansion, no markup', () => {
    const hostile = { ...values, name: '{passportNumber} <script>alert(1)</script> $& $1', organization: '{dateOfBirth}' };
    const out = renderTemplate('{name} / {organization} / {unknown} / {{name}}', hostile);
    expect(out).toEqual(['{passportNumber} <script>alert(1)</script> $& $1 / {dateOfBirth} / {unknown} / {{passportNumber} <script>alert(1)</script> $& $1}']);
    expect(out.join()).not.toContain('AB1234567');
  });

  it('lists unknown placeholders once', () => {
    expect(unknownPlaceholders('{name} {nmae} {nmae} {city} {__proto__}')).toEqual(['nmae']);
    expect(unknownPlaceholders('{constructor} {toString}')).toEqual(['constructor', 'toString']);
    expect(renderTemplate('{constructor}{toString}', values)).toEqual(['{constructor}{toString}']);
  });
});

describe('images and codes', () => {
  it('accepts PNG and JPEG by their bytes only, within the size limit', () => {
    expect(checkImage(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toEqual({ ok: true, type: 'image/png' });
    expect(checkImage(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toEqual({ ok: true, type: 'image/jpeg' });
    expect(checkImage(new TextEncoder().encode('<svg onload=alert(1)>'))).toEqual({ ok: false, problem: 'notAnImage' });
    expect(checkImage(new Uint8Array(0))).toEqual({ ok: false, problem: 'empty' });
    const big = new Uint8Array(600 * 1024);
    big.set([0xff, 0xd8, 0xff]);
    expect(checkImage(big)).toEqual({ ok: false, problem: 'tooLarge' });
  });

  it('numbers letters per event and makes 128-bit codes', () => {
    expect(formatLetterNumber('DKR05', 42)).toBe('DKR05-VL-00042');
    const codes = new Set(Array.from({ length: 100 }, newVerificationCode));
    expect(codes.size).toBe(100);
    for (const c of codes) expect(c).toMatch(VERIFICATION_CODE);
    expect(Buffer.from([...codes][0], 'base64url').length).toBe(16);
  });
});
