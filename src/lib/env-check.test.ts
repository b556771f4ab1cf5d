import { describe, expect, it } from 'vitest';
import { checkEnvironment, demoModeRefusal, parseEncryptionKey } from './env-check';

const good = { NODE_ENV: 'production', NEXTAUTH_SECRET: 'x'.repeat(32), NEXTAUTH_URL: 'https://rencontre.example.org' };

describe('checkEnvironment', () => {
  it('accepts a sound production environment', () => {
    expect(checkEnvironment(good)).toEqual([]);
    expect(checkEnvironment({ ...good, DATA_ENCRYPTION_KEY: 'ab'.repeat(32), TRUSTED_PROXIES: '1', SMTP_URL: 'smtps://u:p@mail.example.org:465' })).toEqual([]);
  });

  it('says what to set for a short or missing secret in production only', () => {
    expect(checkEnvironment({ ...good, NEXTAUTH_SECRET: 'short' })[0]).toMatch(/NEXTAUTH_SECRET.*at least 32/);
    expect(checkEnvironment({ NODE_ENV: 'production' })[0]).toMatch(/NEXTAUTH_SECRET/);
    expect(checkEnvironment({ NODE_ENV: 'development' })).toEqual([]);
  });

  it('refuses bad URLs, keys and counts', () => {
    expect(checkEnvironment({ ...good, APP_URL: 'rencontre.example.org' })[0]).toMatch(/APP_URL must be a full http\(s\) URL/);
    expect(checkEnvironment({ ...good, SMTP_URL: 'mail.example.org' })[0]).toMatch(/SMTP_URL/);
    expect(checkEnvironment({ ...good, DATA_ENCRYPTION_KEY: 'too-short' })[0]).toMatch(/DATA_ENCRYPTION_KEY must be 32 bytes/);
    expect(checkEnvironment({ ...good, TRUSTED_PROXIES: 'yes' })[0]).toMatch(/TRUSTED_PROXIES/);
  });

  it('refuses demo mode where the deployment looks real', () => {
    expect(checkEnvironment({ ...good, DEMO_MODE: '1' })).toEqual([]);
    expect(checkEnvironment({ ...good, DEMO_MODE: '1', DATABASE_URL: 'postgresql://u@h/db' })[0]).toMatch(/DEMO_MODE=1 is refused/);
    expect(demoModeRefusal({ SMTP_URL: 'smtp://h' })).toMatch(/SMTP_URL/);
    expect(demoModeRefusal({ APP_ENV: 'production' })).toMatch(/APP_ENV/);
    expect(demoModeRefusal({})).toBeNull();
  });

  it('reads 32-byte keys as hex or base64', () => {
    expect(parseEncryptionKey('ab'.repeat(32))?.length).toBe(32);
    expect(parseEncryptionKey(Buffer.alloc(32, 7).toString('base64'))?.length).toBe(32);
    expect(parseEncryptionKey(Buffer.alloc(32, 7).toString('base64url'))?.length).toBe(32);
    expect(parseEncryptionKey(Buffer.alloc(31, 7).toString('base64'))).toBeNull();
  });
});
