import { describe, expect, it } from 'vitest';
import { canDeleteAccountOf, canDeleteOwnAccount } from './policy';

describe('personal-data policy', () => {
  it('lets delegates delete their own account, not staff (the secretariat closes staff accounts)', () => {
    expect(canDeleteOwnAccount('DELEGATE')).toBe(true);
    expect(canDeleteOwnAccount('ORGANIZER')).toBe(false);
    expect(canDeleteOwnAccount('SECRETARIAT')).toBe(false);
  });

  it('lets the secretariat delete any account but its own', () => {
    expect(canDeleteAccountOf({ id: 's', role: 'SECRETARIAT' }, 'u')).toBe(true);
    expect(canDeleteAccountOf({ id: 's', role: 'SECRETARIAT' }, 's')).toBe(false);
    expect(canDeleteAccountOf({ id: 'o', role: 'ORGANIZER' }, 'u')).toBe(false);
    expect(canDeleteAccountOf({ id: 'd', role: 'DELEGATE' }, 'u')).toBe(false);
  });
});
