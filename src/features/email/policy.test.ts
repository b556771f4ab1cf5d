import { describe, expect, it } from 'vitest';
import { canReadMessageBody, looksLikeSecretLink } from './policy';

const organizer = { id: 'o', role: 'ORGANIZER' as const };
const secretariat = { id: 's', role: 'SECRETARIAT' as const };
const delegate = { id: 'd', role: 'DELEGATE' as const };
const plain = { template: 'roleChanged', userId: 'x', text: 'Your role changed. https://app.example/fr/account' };
const reset = { template: 'passwordReset', userId: 'x', text: 'https://app.example/fr/reset-password?token=abc' };

describe('canReadMessageBody', () => {
  it('lets staff read ordinary messages, never delegates', () => {
    expect(canReadMessageBody(organizer, plain, 'DELEGATE', false)).toBe(true);
    expect(canReadMessageBody(delegate, plain, 'DELEGATE', true)).toBe(false);
  });

  it('never shows a secret link outside demo mode, to any staff role, whatever the recipient', () => {
    for (const reader of [organizer, secretariat]) {
      for (const role of ['DELEGATE', 'ORGANIZER', 'SECRETARIAT', null] as const) expect(canReadMessageBody(reader, reset, role, false)).toBe(false);
    }
    expect(canReadMessageBody(organizer, { ...reset, userId: 'o' }, 'ORGANIZER', false)).toBe(false);
  });

  it('in demo mode shows secret links for non-staff recipients and one’s own only', () => {
    expect(canReadMessageBody(organizer, reset, 'DELEGATE', true)).toBe(true);
    expect(canReadMessageBody(organizer, reset, null, true)).toBe(true);
    expect(canReadMessageBody(organizer, reset, 'SECRETARIAT', true)).toBe(false);
    expect(canReadMessageBody(secretariat, reset, 'ORGANIZER', true)).toBe(false);
    expect(canReadMessageBody(organizer, { ...reset, userId: 'o' }, 'ORGANIZER', true)).toBe(true);
  });

  it('treats any future template carrying a one-time link as secret', () => {
    const future = { template: 'some.future.template', userId: 'x', text: 'Open https://app.example/pt/magic?token=s3cr3t' };
    expect(canReadMessageBody(organizer, future, 'DELEGATE', false)).toBe(false);
    expect(looksLikeSecretLink('https://a.example/fr/invitations/abcdef')).toBe(true);
    expect(looksLikeSecretLink('https://a.example/fr/events/dakar')).toBe(false);
  });
});
