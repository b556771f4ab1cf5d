import { DEFAULT_LOCALE, isLocale, type AppLocale } from './locales';

/** The `[locale]` route param as an AppLocale (the layout already 404s unknown ones). */
export async function localeParam(params: Promise<{ locale: string }>): Promise<AppLocale> {
  const { locale } = await params;
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}
