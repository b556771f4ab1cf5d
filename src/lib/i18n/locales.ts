// Pure: safe in client components, zod schemas and scripts.
export const LOCALES = ['fr', 'en', 'es', 'pt'] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = 'fr';

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Native names, so a person finds their language whatever the page's language. */
export const LOCALE_NAMES: Record<AppLocale, string> = {
  fr: 'Français',
  en: 'English',
  es: 'Español',
  pt: 'Português',
};
