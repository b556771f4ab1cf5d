import { describe, expect, it } from 'vitest';
import { canManageProgramme, canSeeFillRates } from './policy';

describe('programme policy', () => {
  it.each([
    ['DELEGATE', false],
    ['ORGANIZER', true],
    ['SECRETARIAT', true],
  ] as const)('%s manages the programme: %s', (role, expected) => {
    expect(canManageProgramme(role)).toBe(expected);
    expect(canSeeFillRates(role)).toBe(expected);
  });
});
