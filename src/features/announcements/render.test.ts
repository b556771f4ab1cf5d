import { describe, expect, it } from 'vitest';
import { escapeHtml, fillPlaceholders, pickLanguage } from './render';

const values = { givenName: 'Awa', reference: 'DKR05-00421', balance: '25 000 F CFA', registrationLink: 'https://example.org/fr/my/registrations/dakar' };

describe('fillPlaceholders', () => {
  it('fills every placeholder and leaves unknown ones as typed', () => {
    expect(fillPlaceholders('Bonjour {givenName}, {reference}: {balance} {registrationLink} {other}', values)).toBe(
      'Bonjour Awa, DKR05-00421: 25 000 F CFA https://example.org/fr/my/registrations/dakar {other}',
    );
  });

  it('keeps hostile values as inert text, expanded once', () => {
    const hostile = { ...values, givenName: '<script>alert(1)</script>{reference}' };
    const text = fillPlaceholders('Hi {givenName}', hostile);
    expect(text).toBe('Hi <script>alert(1)</script>{reference}');
    expect(escapeHtml(text)).toBe('Hi &lt;script&gt;alert(1)&lt;/script&gt;{reference}');
    expect(escapeHtml(text)).not.toContain('<script');
  });

  it('puts a formula-like value in as text and strips line breaks from subjects', () => {
    const formula = { ...values, givenName: '=cmd|\' /C calc\'!A0\r\nBcc: victim@example.org' };
    const subject = fillPlaceholders('Reminder {givenName}', formula, { singleLine: true });
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject.startsWith('Reminder =cmd|')).toBe(true);
    const body = fillPlaceholders('{givenName}', { ...values, givenName: 'A\u0000B\u0007C' });
    expect(body).toBe('A B C');
  });
});

describe('pickLanguage', () => {
  it('uses the recipient language, else the event languages in order', () => {
    expect(pickLanguage({ fr: 'Bonjour', es: 'Hola' }, 'es', ['fr', 'en', 'es'])).toEqual({ text: 'Hola', locale: 'es' });
    expect(pickLanguage({ fr: 'Bonjour', es: 'Hola' }, 'pt', ['fr', 'en', 'es'])).toEqual({ text: 'Bonjour', locale: 'fr' });
    expect(pickLanguage({ fr: ' ', en: 'Hello' }, 'pt', ['fr', 'en'])).toEqual({ text: 'Hello', locale: 'en' });
  });
});
