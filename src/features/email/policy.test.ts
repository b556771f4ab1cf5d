import { describe, expect, it } from 'vitest';
import { canReadMessageBody } from './policy';

const organizer = { id: 'o', role: 'ORGANIZER' as const };
const secretariat = { id: 's', role: 'SECRETARIAT' as const };
const delegate = { id: 'd', role: 'DELEGATE' as const };

describe('canReadMessageBody', () => {
  it('lets staff read ordinary messages, never delegates', () => {
    expect(canReadMessageBody(organizer, { template: 'roleChanged', userId: 'x' }, 'DELEGATE', true)).toBe(true);
    expect(canReadMessageBody(delegate, { template: 'roleChanged', userId: 'x' }, 'DELEGATE', false)).toBe(false);
  });

  it('shows secret links to staff only without a mail server and only for non-staff recipients', () => {
    const reset = { template: 'passwordReset', userId: 'x' };
    expect(canReadMessageBody(organizer, reset, 'DELEGATE', false)).toBe(true);
    expect(canReadMessageBody(organizer, reset, null, false)).toBe(true);
    expect(canReadMessageBody(organizer, reset, 'DELEGATE', true)).toBe(false);
    expect(canReadMessageBody(organizer, reset, 'SECRETARIAT', false)).toBe(false);
    expect(canReadMessageBody(secretariat, reset, 'ORGANIZER', false)).toBe(false);
    expect(canReadMessageBody(organizer, { template: 'passwordReset', userId: 'o' }, 'ORGANIZER', false)).toBe(true);
  });
});
