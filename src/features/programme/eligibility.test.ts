import { describe, expect, it } from 'vitest';
import { isEligible, isOpenToAll, parseEligibility, type Enrollee } from './eligibility';

const awa: Enrollee = { continent: 'AFRICA', delegationId: 'del-sn', participantType: 'DELEGATE', organizationKind: 'WOMENS_GROUP', gender: 'FEMALE' };
const marc: Enrollee = { continent: 'AMERICAS', delegationId: null, participantType: 'OBSERVER', organizationKind: 'UNION', gender: 'MALE' };
const noGender: Enrollee = { ...awa, gender: null };

describe('eligibility', () => {
  const cases: [string, unknown, Enrollee, boolean][] = [
    ['open to all', {}, marc, true],
    ['empty lists are no restriction', { continents: [], genders: [] }, marc, true],
    ['continental meeting for Africa: African', { continents: ['AFRICA'] }, awa, true],
    ['continental meeting for Africa: American', { continents: ['AFRICA'] }, marc, false],
    ["women's caucus: woman", { genders: ['FEMALE'] }, awa, true],
    ["women's caucus: man", { genders: ['FEMALE'] }, marc, false],
    ["women's caucus: gender not given", { genders: ['FEMALE'] }, noGender, false],
    ['delegation only: member', { delegationIds: ['del-sn'] }, awa, true],
    ['delegation only: independent', { delegationIds: ['del-sn'] }, marc, false],
    ['participant types', { participantTypes: ['OBSERVER', 'PRESS'] }, marc, true],
    ['participant types: not listed', { participantTypes: ['PRESS'] }, awa, false],
    ['union caucus', { organizationKinds: ['UNION'] }, marc, true],
    ['all criteria must hold', { continents: ['AFRICA'], organizationKinds: ['UNION'] }, awa, false],
    ['all criteria hold', { continents: ['AFRICA'], genders: ['FEMALE', 'OTHER'], participantTypes: ['DELEGATE'] }, awa, true],
    ['unreadable rules are closed', { continents: ['ATLANTIS'] }, awa, false],
    ['unknown keys are closed', { planet: ['EARTH'] }, awa, false],
  ];
  it.each(cases)('%s', (_label, rules, who, expected) => {
    expect(isEligible(parseEligibility(rules), who)).toBe(expected);
  });
  it('knows open-to-all rules', () => {
    expect(isOpenToAll(parseEligibility({}))).toBe(true);
    expect(isOpenToAll(parseEligibility(null))).toBe(true);
    expect(isOpenToAll(parseEligibility({ continents: ['AFRICA'] }))).toBe(false);
    expect(isOpenToAll(parseEligibility('nonsense'))).toBe(false);
  });
});
