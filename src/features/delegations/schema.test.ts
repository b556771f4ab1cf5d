import { describe, expect, it } from 'vitest';
import { joinByCodeSchema, memberRowSchema, requestDelegationSchema, setQuotaSchema } from './schema';

describe('delegation schemas', () => {
  it('codes: case, spaces and dashes do not matter; ambiguous letters and wrong lengths are refused', () => {
    expect(joinByCodeSchema.parse({ code: ' k7m2-qxpa ' })).toEqual({ code: 'K7M2QXPA' });
    for (const code of ['K7M2QXP', 'K7M2QXPAA', 'K7M2QXP0', 'K7M2QXPI', 'K7M2QXPO', '', 'K7M2;QXPA']) expect(joinByCodeSchema.safeParse({ code }).success, code).toBe(false);
    expect(joinByCodeSchema.safeParse({ code: 'K7M2QXPA', extra: 1 }).success).toBe(false);
  });

  it('a member row: names required, e-mail normalised, country and language checked, unicode and formula-like text kept', () => {
    expect(memberRowSchema.parse({ firstName: ' Mame\u0000 Diarra ', lastName: 'Guèye', email: ' Mame@Example.ORG ', country: 'sn', language: 'PT' })).toEqual({
      firstName: 'Mame Diarra', lastName: 'Guèye', email: 'mame@example.org', country: 'SN', language: 'pt', organization: undefined,
    });
    expect(memberRowSchema.parse({ firstName: '=HYPERLINK("x")', lastName: '王', email: 'a@b.org' }).firstName).toBe('=HYPERLINK("x")');
    const bad = memberRowSchema.safeParse({ firstName: '', lastName: 'x'.repeat(101), email: 'nope', country: 'XX', language: 'de' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`).sort()).toEqual(['country:country', 'email:email', 'firstName:required', 'language:delegations.language', 'lastName:tooLong:100']);
  });

  it('a request needs a name, a country or a network and a quota between 1 and 2000', () => {
    expect(requestDelegationSchema.safeParse({ slug: 'dakar-2005', name: 'RENAPESS', quota: '12' }).success).toBe(false);
    expect(requestDelegationSchema.parse({ slug: 'dakar-2005', name: 'RENAPESS', network: 'RENAPESS', quota: '12' }).quota).toBe(12);
    for (const quota of [0, -1, 2001, 1.5, 'abc']) expect(setQuotaSchema.safeParse({ delegationId: 'x', quota }).success, String(quota)).toBe(false);
  });
});
