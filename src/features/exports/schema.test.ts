import { describe, expect, it } from 'vitest';
import { attendeeFilterSchema, filterToParams, lenientFilter, parseExportRequest } from './schema';

describe('attendee filter', () => {
  it('accepts every field', () => {
    const f = { status: 'APPROVED', delegationId: 'cm1abc', country: 'SN', continent: 'AFRICA', participantType: 'PRESS', sessionId: 's_1', checkedIn: 'no', q: 'diallo' };
    expect(attendeeFilterSchema.parse(f)).toEqual(f);
  });

  it.each([{ status: 'PAID' }, { country: 'sn' }, { continent: 'ANTARCTICA' }, { checkedIn: 'maybe' }, { delegationId: "x' OR 1=1" }, { q: 'x'.repeat(101) }, { extra: 1 }])('refuses %j', (input) => {
    expect(attendeeFilterSchema.safeParse(input).success).toBe(false);
  });

  it('keeps the valid fields of a hand-edited URL on pages', () => {
    expect(lenientFilter({ status: 'NOPE', continent: 'AFRICA', page: '2', country: '' })).toEqual({ continent: 'AFRICA' });
  });

  it('round-trips through query parameters', () => {
    const f = { continent: 'EUROPE', checkedIn: 'yes' } as const;
    expect(lenientFilter(Object.fromEntries(filterToParams(f)))).toEqual(f);
  });
});

describe('export request', () => {
  it('parses format, columns and filter from the URL', () => {
    const r = parseExportRequest(new URLSearchParams('format=xlsx&columns=lastName,email,lastName&continent=AFRICA'));
    expect(r.success && r.data).toEqual({ format: 'xlsx', columns: ['lastName', 'email'], filter: { continent: 'AFRICA' } });
  });

  it.each(['format=doc&columns=lastName', 'format=csv&columns=', 'format=csv&columns=password', 'format=csv&columns=lastName&status=x'])('refuses %s', (qs) => {
    expect(parseExportRequest(new URLSearchParams(qs)).success).toBe(false);
  });
});
