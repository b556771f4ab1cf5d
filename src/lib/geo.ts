// Countries, continents and languages. Pure: used on the server, and by client components
// that need country names in every language (staff pages); the codes live in geo-codes.ts.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import pt from 'i18n-iso-countries/langs/pt.json';
import { COUNTRY_CODES, type GeoLocale } from './geo-codes';

export * from './geo-codes';

for (const data of [fr, en, es, pt]) countries.registerLocale(data);

/** The country's short name in the locale; the code itself when unknown. */
export function countryName(code: string, locale: GeoLocale): string {
  return countries.getName(code.toUpperCase(), locale, { select: 'official' }) ?? code;
}

export type CountryOption = { code: string; name: string };

const optionsCache = new Map<GeoLocale, CountryOption[]>();

/** All countries as { code, name }, sorted by the localized name. */
export function countryOptions(locale: GeoLocale): CountryOption[] {
  let options = optionsCache.get(locale);
  if (!options) {
    const collator = new Intl.Collator(locale);
    options = COUNTRY_CODES.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) =>
      collator.compare(a.name, b.name),
    );
    optionsCache.set(locale, options);
  }
  return options;
}

