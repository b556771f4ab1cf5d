import { describe, expect, it } from 'vitest';
import {
  COUNTRY_CODES,
  continentOf,
  countryName,
  countryOptions,
  isCountryCode,
  LANGUAGE_CODES,
  languageName,
} from './geo';

describe('geo', () => {
  it('maps every country code to a continent', () => {
    expect(COUNTRY_CODES.length).toBeGreaterThanOrEqual(249);
    for (const code of COUNTRY_CODES) expect(continentOf(code), code).toBeDefined();
    expect([...COUNTRY_CODES]).toEqual([...COUNTRY_CODES].sort());
    expect(new Set(COUNTRY_CODES).size).toBe(COUNTRY_CODES.length);
  });

  it('places countries on the right continent', () => {
    expect(continentOf('SN')).toBe('AFRICA');
    expect(continentOf('CA')).toBe('AMERICAS');
    expect(continentOf('BR')).toBe('AMERICAS');
    expect(continentOf('FR')).toBe('EUROPE');
    expect(continentOf('JP')).toBe('ASIA');
    expect(continentOf('AU')).toBe('OCEANIA');
    expect(continentOf('sn')).toBe('AFRICA');
    expect(continentOf('ZZ')).toBeUndefined();
    expect(isCountryCode('SN')).toBe(true);
    expect(isCountryCode('ZZ')).toBe(false);
  });

  it('has a localized name for every code in every locale', () => {
    expect(countryName('SN', 'fr')).toBe('Sénégal');
    expect(countryName('SN', 'en')).toBe('Senegal');
    expect(countryName('BR', 'pt')).toBe('Brasil');
    for (const locale of ['fr', 'en', 'es', 'pt'] as const) {
      for (const code of COUNTRY_CODES) expect(countryName(code, locale), `${code}/${locale}`).not.toBe(code);
    }
  });

  it('sorts options by the locale collator', () => {
    for (const locale of ['fr', 'en', 'es', 'pt'] as const) {
      const options = countryOptions(locale);
      expect(options).toHaveLength(COUNTRY_CODES.length);
      const collator = new Intl.Collator(locale);
      for (let i = 1; i < options.length; i++) {
        expect(collator.compare(options[i - 1].name, options[i].name)).toBeLessThanOrEqual(0);
      }
    }
    // "États-Unis" sorts with the E's in French, not after Z.
    const fr = countryOptions('fr').map((o) => o.code);
    expect(fr.indexOf('US')).toBeLessThan(fr.indexOf('FR'));
  });

  it('names languages, falling back to the code', () => {
    expect(new Set(LANGUAGE_CODES).size).toBe(LANGUAGE_CODES.length);
    expect(LANGUAGE_CODES).toEqual(expect.arrayContaining(['fr', 'en', 'es', 'pt', 'wo', 'ar', 'qu']));
    expect(languageName('fr', 'fr')).toBe('français');
    expect(languageName('es', 'en')).toBe('Spanish');
    expect(languageName('not a code', 'fr')).toBe('not a code');
  });
});
