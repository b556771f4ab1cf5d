import { LOCALES, type AppLocale } from './locales';

/** A multilingual text column: one JSON value per field, `{ fr, en, es, pt }`. */
export type LocalizedText = Partial<Record<AppLocale, string>>;

function asLocalizedText(value: unknown): LocalizedText {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: LocalizedText = {};
  for (const locale of LOCALES) {
    const text = (value as Record<string, unknown>)[locale];
    if (typeof text === 'string' && text.trim() !== '') out[locale] = text;
  }
  return out;
}

/**
 * The text in `locale`, else in the event's languages in order (its first
 * language is its primary one), else in any language at all, else ''.
 */
export function localized(value: unknown, locale: AppLocale, fallbacks: readonly AppLocale[] = []): string {
  const text = asLocalizedText(value);
  for (const candidate of [locale, ...fallbacks, ...LOCALES]) {
    const found = text[candidate];
    if (found) return found;
  }
  return '';
}

/** Which language `localized` actually used (to mark fallback text with `lang`). */
export function localizedLang(value: unknown, locale: AppLocale, fallbacks: readonly AppLocale[] = []): AppLocale | undefined {
  const text = asLocalizedText(value);
  return [locale, ...fallbacks, ...LOCALES].find((candidate) => Boolean(text[candidate]));
}
