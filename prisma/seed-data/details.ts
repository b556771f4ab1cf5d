// Travel, needs, visa and bursary details of a generated registration.
import type { CountryProfile, SeedLocale } from './countries';
import { HEARD_FROM_OTHER } from './events';
import type { Rng } from './random';
import { addDays, zonedTime } from './random';
import { encryptField } from '@/lib/field-crypto';

const ECOWAS = new Set('SN ML BF NE GN CI BJ TG GM CV GW NG GH SL LR'.split(' '));
const EVENT_LANGUAGES = ['fr', 'en', 'es', 'pt'];

/** Languages the delegate needs interpreted into (event languages they follow best). */
export function interpretationNeeds(rng: Rng, languages: string[]): string[] {
  const spoken = languages.filter((l) => EVENT_LANGUAGES.includes(l));
  if (spoken.includes('fr')) return rng.chance(0.05) ? ['en'] : [];
  return spoken.length > 0 ? [spoken[0]] : ['en'];
}

const FLIGHTS: Record<string, string[]> = {
  EUROPE: ['AF 718 Paris CDG – Dakar', 'SN 203 Bruxelles – Dakar', 'TP 1483 Lisboa – Dakar', 'IB 3306 Madrid – Dakar', 'AZ 880 Roma – Dakar'],
  AMERICAS: ['AT 200 Montréal – Casablanca – Dakar', 'AF 347 Montréal – Paris – Dakar', 'SA 208 New York – Dakar', 'TP 102 São Paulo – Lisboa – Dakar', 'IB 6650 Lima – Madrid – Dakar'],
  AFRICA: ['Car Bamako – Dakar (route nationale 1)', 'KQ 510 Nairobi – Dakar', 'ET 909 Addis-Abeba – Dakar', 'AT 545 Casablanca – Dakar', 'Air Sénégal Abidjan – Dakar', 'Train Dakar-Niger (Bamako)'],
  ASIA: ['EK 795 Dubai – Dakar', 'TK 595 Istanbul – Dakar', 'AF 275 Tokyo – Paris – Dakar'],
  OCEANIA: ['QF 1 Sydney – Dubai, EK 795 Dubai – Dakar'],
};

export type Travel = {
  arrivalAt: Date | null;
  departureAt: Date | null;
  travelDetails: string | null;
  accommodation: 'ORGANIZER_HOTEL' | 'HOST_FAMILY' | 'SELF_ARRANGED' | 'NOT_NEEDED';
};

const hhmm = (rng: Rng) => `${String(rng.int(0, 23)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45'])}`;

export function travel(rng: Rng, country: CountryProfile, continent: string, city: string, start: string, end: string, tz: string): Travel {
  if (country.code === 'SN' && city === 'Dakar') {
    return { arrivalAt: null, departureAt: null, travelDetails: null, accommodation: rng.chance(0.9) ? 'NOT_NEEDED' : 'SELF_ARRANGED' };
  }
  const arrivalDay = country.code === 'SN' ? addDays(start, rng.chance(0.7) ? 0 : -1) : addDays(start, -rng.weighted([[1, 6], [2, 3], [3, 1], [0, 1]] as const));
  const departureDay = addDays(end, rng.weighted([[0, 2], [1, 5], [2, 2], [4, 1]] as const));
  const accommodation =
    country.code === 'SN'
      ? rng.weighted([['HOST_FAMILY', 4], ['ORGANIZER_HOTEL', 4], ['SELF_ARRANGED', 2]] as const)
      : rng.weighted([['ORGANIZER_HOTEL', 55], ['HOST_FAMILY', 12], ['SELF_ARRANGED', 33]] as const);
  return {
    arrivalAt: zonedTime(arrivalDay, country.code === 'SN' ? '08:00' : hhmm(rng), tz),
    departureAt: zonedTime(departureDay, hhmm(rng), tz),
    travelDetails: country.code !== 'SN' && rng.chance(0.35) ? rng.pick(FLIGHTS[continent] ?? FLIGHTS.AFRICA) : null,
    accommodation,
  };
}

const DIETARY: [string, number][] = [['VEGETARIAN', 35], ['HALAL', 25], ['VEGAN', 10], ['GLUTEN_FREE', 8], ['LACTOSE_FREE', 8], ['NUT_ALLERGY', 6], ['KOSHER', 3]];
const ACCESSIBILITY: [string, number][] = [['MOBILITY', 4], ['WHEELCHAIR', 3], ['HEARING', 2], ['VISUAL', 2]];
const NOTES: Record<SeedLocale, { nut: string; access: string }> = {
  fr: { nut: "Allergie sévère à l'arachide : porte un auto-injecteur.", access: 'Chambre au rez-de-chaussée et accès sans marches, merci.' },
  en: { nut: 'Severe peanut allergy: carries an auto-injector.', access: 'Ground-floor room and step-free access, please.' },
  es: { nut: 'Alergia grave al cacahuete: lleva un autoinyector.', access: 'Habitación en planta baja y acceso sin escalones, por favor.' },
  pt: { nut: 'Alergia grave a amendoim: tem um autoinjetor.', access: 'Quarto no rés-do-chão e acesso sem degraus, por favor.' },
};

export function needs(rng: Rng, locale: SeedLocale) {
  const dietary: string[] = [];
  if (rng.chance(0.2)) {
    dietary.push(rng.weighted(DIETARY));
    if (rng.chance(0.1)) {
      const second = rng.weighted(DIETARY);
      if (!dietary.includes(second)) dietary.push(second);
    }
  }
  const accessibility = rng.chance(0.04) ? [rng.weighted(ACCESSIBILITY)] : [];
  return {
    dietary,
    dietaryNotes: dietary.includes('NUT_ALLERGY') ? NOTES[locale].nut : null,
    accessibility,
    accessibilityNotes: accessibility.length > 0 && rng.chance(0.6) ? NOTES[locale].access : null,
  };
}

const DIASPORA = ['SN', 'MA', 'ML', 'CM', 'HT', 'DZ', 'CD', 'BF'];

/** Visa invitation letter: about 15% overall, only for people who need a visa for Senegal. */
export function visa(rng: Rng, country: CountryProfile, continent: string, now: Date) {
  if (ECOWAS.has(country.code) || !rng.chance(0.28)) return null;
  const nationality = (continent === 'EUROPE' || country.code === 'CA') && rng.chance(0.2) ? rng.pick(DIASPORA) : country.code;
  const letters = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  const year = now.getUTCFullYear();
  return {
    visaLetterRequested: true,
    nationality,
    // Encrypted at rest like the app does (src/lib/field-crypto.ts; same field names as additional data).
    passportNumberEnc: encryptField(`${letters[rng.int(0, 22)]}${letters[rng.int(0, 22)]}${rng.int(1_000_000, 9_999_999)}`, 'passportNumber'),
    passportExpiry: new Date(Date.UTC(year + rng.int(2, 10), rng.int(0, 11), rng.int(1, 28))),
    dateOfBirthEnc: encryptField(new Date(Date.UTC(rng.int(1948, 2004), rng.int(0, 11), rng.int(1, 28))).toISOString().slice(0, 10), 'dateOfBirth'),
  };
}

const BURSARY_REASONS: Record<SeedLocale, string[]> = {
  fr: ["Notre coopérative ne peut pas couvrir le billet d'avion.", 'Prise en charge du transport et de l’hébergement demandée.', 'Groupement de femmes sans budget de déplacement.'],
  en: ['Our cooperative cannot cover the airfare.', 'Support for travel and accommodation requested.', 'Youth group with no travel budget.'],
  es: ['Nuestra cooperativa no puede cubrir el pasaje aéreo.', 'Solicitamos apoyo para transporte y alojamiento.'],
  pt: ['A nossa cooperativa não pode pagar a passagem.', 'Pedimos apoio para transporte e hospedagem.'],
};

/** About 10% ask for a bursary, nearly all from the South. Amounts in XOF (whole francs). */
export function bursary(rng: Rng, country: CountryProfile, status: string) {
  if (!rng.chance(country.north ? 0.01 : 0.14)) return null;
  return {
    bursaryRequested: true,
    bursaryAmountMinor: rng.int(40, 180) * 5_000,
    bursaryReason: rng.pick(BURSARY_REASONS[country.locale]),
    bursaryStatus:
      status === 'APPROVED'
        ? rng.weighted([['GRANTED', 40], ['DECLINED', 15], ['PENDING', 45]] as const)
        : ('PENDING' as const),
  };
}

export function customAnswers(rng: Rng, inDelegation: boolean): Record<string, string> {
  const answers: Record<string, string> = { first_rencontre: rng.chance(0.7) ? 'yes' : 'no' };
  if (rng.chance(0.85)) {
    const heard = rng.weighted([['network', 35], ['delegation', inDelegation ? 30 : 3], ['previous', 10], ['press', 5], ['other', 10]] as const);
    answers.heard_from = heard;
    if (heard === 'other') answers.heard_from_other = rng.pick(HEARD_FROM_OTHER);
  }
  return answers;
}
