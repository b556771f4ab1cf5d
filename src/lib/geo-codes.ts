// Country, continent and language codes, and language names (Intl.DisplayNames). Pure and
// free of the i18n-iso-countries tables (~15 KB gzipped for four languages): schemas and
// client components import this module; country NAMES come from geo.ts (server) or from the
// lists a page passes to its client components.
//
// Continents follow the UN M49 regions, with these choices:
// - the Caucasus (AM, AZ, GE), Cyprus and Turkey are ASIA (M49 "Western Asia");
//   Russia is EUROPE (M49 "Eastern Europe");
// - the Americas are one continent (the schema's AMERICAS);
// - territories without a continent of their own follow M49's sub-region:
//   BV and GS (South Atlantic) -> AMERICAS, IO and TF (Indian Ocean) -> AFRICA,
//   HM and UM -> OCEANIA; Antarctica (AQ) has no M49 region and goes to OCEANIA,
//   the nearest continent with a permanent research gateway (Hobart, Christchurch);
// - XK (Kosovo, a user-assigned code in wide use) is EUROPE.
// Type-only: erased at build time, so this module stays free of Prisma at run time.
import type { Continent } from './db-types';

export type { Continent };
export type GeoLocale = 'fr' | 'en' | 'es' | 'pt';

const BY_CONTINENT: Record<Continent, string> = {
  AFRICA:
    'AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW IO KE KM LR LS LY MA MG ML MR MU MW MZ ' +
    'NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TF TG TN TZ UG YT ZA ZM ZW',
  AMERICAS:
    'AG AI AR AW BB BL BM BO BQ BR BS BV BZ CA CL CO CR CU CW DM DO EC FK GD GF GL GP GS GT GY HN HT JM KN KY LC ' +
    'MF MQ MS MX NI PA PE PM PR PY SR SV SX TC TT US UY VC VE VG VI',
  ASIA:
    'AE AF AM AZ BD BH BN BT CN CY GE HK ID IL IN IQ IR JO JP KG KH KP KR KW KZ LA LB LK MM MN MO MV MY NP OM PH ' +
    'PK PS QA SA SG SY TH TJ TL TM TR TW UZ VN YE',
  EUROPE:
    'AD AL AT AX BA BE BG BY CH CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK ' +
    'MT NL NO PL PT RO RS RU SE SI SJ SK SM UA VA XK',
  OCEANIA: 'AQ AS AU CC CK CX FJ FM GU HM KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV UM VU WF WS',
};

const CONTINENT_OF = new Map<string, Continent>();
for (const [continent, codes] of Object.entries(BY_CONTINENT) as [Continent, string][]) {
  for (const code of codes.split(' ')) CONTINENT_OF.set(code, continent);
}

/** Every ISO 3166-1 alpha-2 code (plus XK), sorted. */
export const COUNTRY_CODES: readonly string[] = [...CONTINENT_OF.keys()].sort();

export const CONTINENTS: readonly Continent[] = ['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'OCEANIA'];

export function isCountryCode(code: string): boolean {
  return CONTINENT_OF.has(code);
}

export function continentOf(code: string): Continent | undefined {
  return CONTINENT_OF.get(code.toUpperCase());
}

/** ISO 639-1 languages offered in forms: the four event languages first, then the
 *  languages most spoken by delegations from Africa, the Americas, Asia, Europe, Oceania. */
export const LANGUAGE_CODES: readonly string[] = [
  'fr', 'en', 'es', 'pt',
  'ar', 'wo', 'ff', 'sw', 'ha', 'yo', 'ig', 'ln', 'mg', 'am', 'so', 'rw', 'zu', 'xh', 'sn', 'tw', 'bm',
  'qu', 'ay', 'gn', 'ht',
  'zh', 'ja', 'ko', 'hi', 'bn', 'ur', 'tl', 'id', 'ms', 'vi', 'th', 'tr', 'fa', 'ne',
  'de', 'it', 'nl', 'ru', 'pl', 'ca', 'eu',
  'mi', 'sm', 'to', 'fj',
];

const LANGUAGE_SET = new Set(LANGUAGE_CODES);

export function isLanguageCode(code: string): boolean {
  return LANGUAGE_SET.has(code);
}

const displayNames = new Map<GeoLocale, Intl.DisplayNames | null>();

/** The language's name in the locale (e.g. wo -> "wolof" in French); the code when unknown. */
export function languageName(code: string, locale: GeoLocale): string {
  if (!displayNames.has(locale)) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    } catch {
      names = null; // a runtime without Intl.DisplayNames
    }
    displayNames.set(locale, names);
  }
  const names = displayNames.get(locale);
  try {
    return names?.of(code) ?? code;
  } catch {
    return code; // RangeError on a malformed code
  }
}
