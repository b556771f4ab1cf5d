// A realistic person from a country profile: name, gender, languages,
// organisation and its kind, role, city and phone number.
import { type CountryProfile } from './countries';
import { NAMES, nameForms, type NamePool } from './names';
import { KIND_WEIGHTS, NAMED_ORGS, ORG_TEMPLATES, ROLES, type OrgKind } from './organizations';
import type { Rng } from './random';

export type Gender = 'FEMALE' | 'MALE' | 'OTHER' | 'UNDISCLOSED';

export type Person = {
  firstName: string;
  lastName: string;
  /** Latin transliteration, for the e-mail address. */
  latinFirst: string;
  latinLast: string;
  gender: Gender;
  country: CountryProfile;
  city: string;
  phone: string;
  languages: string[];
  organization: string;
  organizationKind: OrgKind;
  organizationRole: string;
};

const EXTRA_LANGUAGES: [string, number][] = [['fr', 3], ['en', 4], ['es', 2], ['pt', 1]];

/** Puts the city in the template, with the French elision "de Abidjan" -> "d'Abidjan". */
function placeIn(template: string, city: string, locale: string): string {
  const elide = locale === 'fr' && /^[aeiouyh]/i.test(city.normalize('NFD').replace(/\p{M}/gu, ''));
  return (elide ? template.replace(/\bde \{city\}/g, "d'{city}") : template).replace('{city}', city);
}

export function makePerson(rng: Rng, country: CountryProfile, kindHint?: OrgKind): Person {
  const pool: NamePool = NAMES[rng.weighted(country.names)];
  const roll = rng.next();
  // Women are a slight majority at these meetings (women's groups, cooperatives).
  const gender: Gender = roll < 0.54 ? 'FEMALE' : roll < 0.975 ? 'MALE' : roll < 0.985 ? 'OTHER' : 'UNDISCLOSED';
  const given = nameForms(rng.pick(gender === 'FEMALE' || (gender !== 'MALE' && rng.chance(0.5)) ? pool.female : pool.male));
  const family = nameForms(rng.pick(pool.last));
  const native = pool.nativeScript !== undefined && rng.chance(pool.nativeScript);

  const languages = [...country.languages];
  if (rng.chance(0.35)) {
    const extra = rng.weighted(EXTRA_LANGUAGES);
    if (!languages.includes(extra)) languages.push(extra);
  }

  const organizationKind = kindHint ?? rng.weighted(KIND_WEIGHTS);
  const city = rng.pick(country.cities);
  const named = (NAMED_ORGS[country.code] ?? []).filter(([, kind]) => kind === organizationKind);
  const organization =
    named.length > 0 && rng.chance(0.45)
      ? rng.pick(named)[0]
      : placeIn(rng.pick(ORG_TEMPLATES[country.locale][organizationKind]), city, country.locale);
  const [feminine, masculine] = rng.pick(ROLES[country.locale]);

  return {
    firstName: native ? given.display : given.latin,
    lastName: native ? family.display : family.latin,
    latinFirst: given.latin,
    latinLast: family.latin,
    gender,
    country,
    city,
    phone: `${country.phone} ${rng.int(10, 99)} ${rng.int(100, 999)} ${rng.int(10, 99)} ${rng.int(10, 99)}`,
    languages,
    organization,
    organizationKind,
    organizationRole: gender === 'FEMALE' ? feminine : masculine,
  };
}

/** "Wang Fang" / "王芳" style display name (family name first where that is the custom). */
export function fullName(p: Pick<Person, 'firstName' | 'lastName' | 'country'>): string {
  const pool = NAMES[p.country.names[0][0]] as NamePool;
  if (pool.familyFirst) {
    // Han, kana and Hangul names are written without a space; Vietnamese and Latin forms keep it.
    return /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Hangul}/u.test(p.lastName) ? `${p.lastName}${p.firstName}` : `${p.lastName} ${p.firstName}`;
  }
  return `${p.firstName} ${p.lastName}`;
}
