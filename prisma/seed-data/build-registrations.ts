// Generates the Dakar delegations, delegates' accounts and registrations in
// memory (ids included), ready for createMany. Deterministic for a given rng.
import { randomBytes } from 'node:crypto';
import type { Prisma } from '@/generated/prisma/client';
import { continentOf, countryName, type Continent } from '@/lib/geo';
import { COUNTRIES, COUNTRY_BY_CODE, type CountryProfile } from './countries';
import { DELEGATIONS, QUEBEC_DELEGATION, type DelegationDef } from './delegations';
import { bursary, customAnswers, interpretationNeeds, needs, travel, visa } from './details';
import { PRIVACY_VERSION, type dakarDates } from './events';
import { fullName, makePerson, type Person } from './people';
import { asciiSlug, foldForSearch, invitationCode, type Rng } from './random';
import { NAMES, type NamePool } from './names';

type Status = 'SUBMITTED' | 'APPROVED' | 'WAITLISTED' | 'REJECTED' | 'CANCELLED';
type ParticipantType = 'DELEGATE' | 'SPEAKER' | 'OBSERVER' | 'PRESS' | 'VOLUNTEER';

export type BuildInput = {
  n: number;
  rng: Rng;
  now: Date;
  eventId: string;
  code: string;
  timeZone: string;
  dates: ReturnType<typeof dakarDates>;
  fees: Record<'NORTH' | 'SOUTH' | 'SOLIDARITY', string>;
  secretariatId: string;
  /** One hash of a random secret shared by all generated accounts: nobody can sign in with them. */
  passwordHash: string;
  /** The demo head of the Québec delegation (already created). */
  head: { userId: string; email: string; firstName: string; lastName: string };
};

/** What the session enrolment generator needs to know about a registration. */
export type Enrollee = {
  id: string;
  status: Status;
  continent: Continent;
  gender: string;
  organizationKind: string;
  participantType: ParticipantType;
  createdAt: Date;
};

const DAY = 86_400_000;
// No event-level wait list: the demo event has free seats, and anyone waiting
// while a seat is free would break the rule that a free seat goes to the first
// in line. (Full workshops do have wait lists: see build-programme.ts.)
const IN_DELEGATION: [Status, number][] = [['APPROVED', 78], ['SUBMITTED', 15.5], ['REJECTED', 1.5], ['CANCELLED', 5]];
const INDEPENDENT: [Status, number][] = [['APPROVED', 55], ['SUBMITTED', 37], ['REJECTED', 3], ['CANCELLED', 5]];
const TYPES: [ParticipantType, number][] = [['DELEGATE', 84], ['SPEAKER', 5], ['OBSERVER', 5], ['PRESS', 2], ['VOLUNTEER', 4]];
const REJECT_REASONS = ['Inscription en double.', 'Quota de la délégation atteint.', 'Informations incomplètes malgré deux relances.'];

type Deleg = DelegationDef & { id: string; at: number; createdAt: Date; members: Draft[] };
type Draft = { person: Person; delegation: Deleg | null; status: Status; type: ParticipantType; at: number; createdAt: Date; isHead: boolean };

/** The instant at fraction `at` of the window from the opening of registration to a minute ago. */
function atFraction({ dates, now }: BuildInput, at: number): Date {
  const from = dates.opensAt.getTime();
  return new Date(from + (now.getTime() - 60_000 - from) * at);
}

function buildDelegations(input: BuildInput): Deleg[] {
  const { rng, n } = input;
  const count = Math.max(3, Math.min(300, Math.round(n / 20)));
  const defs: DelegationDef[] = DELEGATIONS.slice(0, count);
  const names = new Set(defs.map((d) => d.name));
  const big = COUNTRIES.filter((c) => c.weight >= 10).map((c) => [c, c.weight] as const);
  while (defs.length < count) {
    const country = rng.weighted(big);
    let name = `Délégation ${countryName(country.code, 'fr')} — ${rng.pick(country.cities)}`;
    for (let k = 2; names.has(name); k++) name = `${name.replace(/ \(\d+\)$/, '')} (${k})`;
    names.add(name);
    const status = rng.weighted([['APPROVED', 95], ['REQUESTED', 4], ['CLOSED', 1]] as const);
    defs.push({ name, country: country.code, network: null, status });
  }
  // Times are fractions of the registration window so far (opening -> now): the order of
  // rows, hence the whole output, does not depend on the time of day the seed runs.
  return defs.map((d) => {
    const at = rng.next() * 0.4;
    return { ...d, id: rng.id(), at, createdAt: atFraction(input, at), members: [] };
  });
}

function pickDelegation(rng: Rng, country: CountryProfile, continent: Continent, national: Map<string, Deleg[]>, networks: Map<string, Deleg[]>): Deleg | null {
  const own = national.get(country.code) ?? [];
  // The Americas network is Latin American and Caribbean: not for Canada and the United States.
  const net = continent === 'AMERICAS' && country.north ? [] : (networks.get(continent) ?? []);
  if (own.length + net.length === 0 || !rng.chance(own.length > 0 ? 0.7 : 0.45)) return null;
  if (own.length === 0 || (net.length > 0 && rng.chance(0.06))) return rng.pick(net);
  // A country's first (curated) delegation is its main one: Québec for Canada, RENAPESS for Senegal.
  return rng.weighted(own.map((d, i) => [d, i === 0 ? 3 : 1] as const));
}

export function buildRegistrations(input: BuildInput) {
  const { rng, n, now, dates } = input;
  const delegations = buildDelegations(input);
  const open = delegations.filter((d) => d.status !== 'REQUESTED');
  const national = new Map<string, Deleg[]>();
  const networks = new Map<string, Deleg[]>();
  for (const d of open) {
    if (d.country) national.set(d.country, [...(national.get(d.country) ?? []), d]);
    else if (d.continent) networks.set(d.continent, [...(networks.get(d.continent) ?? []), d]);
  }
  const quebec = delegations.find((d) => d.name === QUEBEC_DELEGATION) ?? delegations[0];
  const weights = COUNTRIES.map((c) => [c, c.weight] as const);

  const drafts: Draft[] = [];
  for (let i = 0; i < n; i++) {
    const isHead = i === 0;
    // Every country appears at least once, then in proportion to its weight.
    const country = isHead ? COUNTRY_BY_CODE.get('CA')! : i <= COUNTRIES.length ? COUNTRIES[i - 1] : rng.weighted(weights);
    const person = makePerson(rng, country);
    if (isHead) Object.assign(person, { firstName: input.head.firstName, lastName: input.head.lastName, latinFirst: input.head.firstName, latinLast: input.head.lastName, gender: 'FEMALE', city: 'Québec', organization: "Groupe d'économie solidaire du Québec (GESQ)", organizationKind: 'NGO', organizationRole: 'Coordonnatrice' });
    const continent = continentOf(country.code)!;
    const delegation = isHead ? quebec : pickDelegation(rng, country, continent, national, networks);
    let type = rng.weighted(TYPES);
    if (type === 'VOLUNTEER' && country.code !== 'SN' && rng.chance(0.8)) type = 'DELEGATE';
    const status: Status = isHead ? 'APPROVED' : rng.weighted(delegation ? IN_DELEGATION : INDEPENDENT);
    // Opening-day rush, then a steady flow; members register after their delegation exists.
    const from = delegation?.at ?? 0;
    const u = isHead ? 0.01 : rng.chance(0.2) ? rng.next() * 0.08 : rng.next() ** 0.9;
    const at = from + (1 - from) * u;
    const createdAt = atFraction(input, at);
    const draft: Draft = { person, delegation, status, type: isHead ? 'DELEGATE' : type, at, createdAt, isHead };
    drafts.push(draft);
    delegation?.members.push(draft);
  }
  drafts.sort((a, b) => a.at - b.at);

  const users: Prisma.UserCreateManyInput[] = [];
  const registrations: Prisma.RegistrationCreateManyInput[] = [];
  const enrollees: Enrollee[] = [];
  const userOf = new Map<Draft, string>();
  const start = dates.start;
  const end = dates.end;

  drafts.forEach((d, index) => {
    const seq = index + 1;
    const p = d.person;
    const reference = `${input.code}-${String(seq).padStart(5, '0')}`;
    const email = d.isHead ? input.head.email : `${asciiSlug(p.latinFirst) || 'delegue'}.${asciiSlug(p.latinLast) || 'x'}.${seq}@example.org`;
    const userId = d.isHead ? input.head.userId : rng.id();
    userOf.set(d, userId);
    if (!d.isHead) {
      users.push({ id: userId, email, name: fullName(p), givenName: p.firstName, familyName: p.lastName, passwordHash: input.passwordHash, role: 'DELEGATE', locale: p.country.locale, emailVerifiedAt: new Date(d.createdAt.getTime() - rng.int(5, 90) * 60_000), createdAt: new Date(d.createdAt.getTime() - rng.int(100, 3000) * 60_000), updatedAt: d.createdAt });
    }
    const continent = continentOf(p.country.code)!;
    const decided = d.status !== 'SUBMITTED' && d.status !== 'CANCELLED';
    const decidedAt = decided ? new Date(Math.min(now.getTime() - 30_000, d.createdAt.getTime() + rng.int(2, 120) * 3_600_000)) : null;
    const bursaryInfo = bursary(rng, p.country, d.status);
    const visaInfo = visa(rng, p.country, continent, now);
    const fee = d.type === 'VOLUNTEER' || bursaryInfo?.bursaryStatus === 'GRANTED' ? 'SOLIDARITY' : p.country.north ? 'NORTH' : 'SOUTH';
    const trip = travel(rng, p.country, continent, p.city, start, end, input.timeZone);
    const id = rng.id();
    registrations.push({
      id,
      eventId: input.eventId,
      userId,
      delegationId: d.delegation?.id ?? null,
      referenceSeq: seq,
      referenceNumber: reference,
      status: d.status,
      participantType: d.type,
      feeCategoryId: input.fees[fee],
      firstName: p.firstName,
      lastName: p.lastName,
      nameOrder: (NAMES[p.country.names[0][0]] as NamePool).familyFirst ? 'FAMILY_FIRST' : 'GIVEN_FIRST',
      gender: p.gender,
      email,
      phone: rng.chance(0.9) ? p.phone : null,
      organization: p.organization,
      organizationKind: p.organizationKind,
      organizationRole: rng.chance(0.85) ? p.organizationRole : null,
      country: p.country.code,
      continent,
      city: p.city,
      searchText: foldForSearch(`${p.firstName} ${p.lastName} ${email} ${reference}`),
      languages: p.languages,
      interpretationNeeds: interpretationNeeds(rng, p.languages),
      ...trip,
      ...needs(rng, p.country.locale),
      visaLetterRequested: false,
      ...(visaInfo ?? {}),
      visaLetterIssuedAt: visaInfo && d.status === 'APPROVED' && decidedAt && rng.chance(0.5) ? new Date(Math.min(now.getTime(), decidedAt.getTime() + DAY)) : null,
      bursaryRequested: false,
      ...(bursaryInfo ?? {}),
      customAnswers: customAnswers(rng, d.delegation !== null),
      consentVersion: PRIVACY_VERSION,
      consentedAt: d.createdAt,
      decisionReason: d.status === 'REJECTED' ? rng.pick(REJECT_REASONS) : null,
      decidedAt,
      decidedById: decided ? input.secretariatId : null,
      submittedAt: d.createdAt,
      cancelledAt: d.status === 'CANCELLED' ? new Date(Math.min(now.getTime() - 60_000, d.createdAt.getTime() + rng.int(1, 200) * 3_600_000)) : null,
      calendarToken: randomBytes(32).toString('base64url'),
      createdAt: d.createdAt,
      updatedAt: decidedAt ?? d.createdAt,
    });
    enrollees.push({ id, status: d.status, continent, gender: p.gender, organizationKind: p.organizationKind, participantType: d.type, createdAt: d.createdAt });
  });

  // Heads, member counts and quotas.
  const delegationRows: Prisma.DelegationCreateManyInput[] = delegations.map((deleg) => {
    const holding = deleg.members.filter((m) => m.status !== 'CANCELLED' && m.status !== 'REJECTED');
    let head: Draft | undefined =
      deleg.members.find((m) => m.isHead) ?? holding.find((m) => m.status === 'APPROVED' && m.type === 'DELEGATE') ?? holding[0];
    if (deleg.status === 'REQUESTED') {
      head = drafts.find((m) => !m.delegation && m.person.country.code === deleg.country && m.status !== 'CANCELLED' && m.status !== 'REJECTED');
    }
    const memberCount = holding.length;
    const quota = deleg.status === 'CLOSED' ? memberCount : deleg.status === 'REQUESTED' ? rng.int(8, 25) : memberCount + rng.int(2, Math.max(3, Math.ceil(memberCount * 0.25)));
    return {
      id: deleg.id,
      eventId: input.eventId,
      name: deleg.name,
      country: deleg.country,
      network: deleg.network,
      continent: deleg.continent ?? (deleg.country ? continentOf(deleg.country) : null),
      headId: head ? (userOf.get(head) ?? null) : null,
      quota,
      memberCount,
      invitationCode: invitationCode(rng),
      status: deleg.status,
      description: deleg.network ? `${deleg.network} — ${deleg.name}` : null,
      createdAt: deleg.createdAt,
      updatedAt: deleg.createdAt,
    };
  });
  // Invitation codes must be unique; regenerate the (astronomically rare) duplicates.
  const codes = new Set<string>();
  for (const row of delegationRows) {
    while (codes.has(row.invitationCode)) row.invitationCode = invitationCode(rng);
    codes.add(row.invitationCode);
  }

  const seatsTaken = registrations.filter((r) => r.status === 'SUBMITTED' || r.status === 'APPROVED').length;
  return { users, delegations: delegationRows, registrations, enrollees, seatsTaken };
}
