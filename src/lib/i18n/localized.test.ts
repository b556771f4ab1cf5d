import { describe, expect, it } from 'vitest';
import { localized, localizedLang } from './localized';

describe('localized', () => {
  const text = { fr: 'Atelier', en: 'Workshop', pt: '' };

  it('returns the requested language when present', () => {
    expect(localized(text, 'en')).toBe('Workshop');
  });

  it('falls back to the event languages in order, skipping blanks', () => {
    expect(localized(text, 'pt', ['en', 'fr'])).toBe('Workshop');
    expect(localizedLang(text, 'pt', ['en', 'fr'])).toBe('en');
  });

  it('falls back to any language, then to the empty string', () => {
    expect(localized({ es: 'Taller' }, 'fr')).toBe('Taller');
    expect(localized(null, 'fr')).toBe('');
    expect(localized(['x'], 'fr')).toBe('');
    expect(localized({ fr: 42 }, 'fr')).toBe('');
  });
});
