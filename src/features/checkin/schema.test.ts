import { describe, expect, it } from 'vitest';
import { checkInSchema } from './schema';

describe('checkInSchema', () => {
  it('accepts a token or a registration id', () => {
    expect(checkInSchema.safeParse({ eventSlug: 'dakar-2005', token: 'abc.def' }).success).toBe(true);
    expect(checkInSchema.safeParse({ eventSlug: 'dakar-2005', registrationId: 'cm123' }).success).toBe(true);
  });
  it.each([{}, { eventSlug: 'dakar-2005' }, { eventSlug: 'Dakar 2005', token: 'x' }, { eventSlug: 'dakar-2005', token: '' }, { eventSlug: 'dakar-2005', registrationId: "1' OR '1'='1" }, { eventSlug: 'dakar-2005', token: 'x', checkedInAt: '2020-01-01' }])('refuses %j', (input) => {
    expect(checkInSchema.safeParse(input).success).toBe(false);
  });
});
