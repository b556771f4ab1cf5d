import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { resetPassword } from '@/features/auth/actions';
import { setupSecretariatAccount } from '@/features/auth/setup/mutations';
import { authorizeCredentials } from '@/features/auth/sign-in';
import { actAs } from './helpers/session';
import { createUser, uniqueEmail } from '../factories';

const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;

describe('first-run set-up without known passwords', () => {
  it('creates a secretariat account nobody can sign in to until its owner follows the one-time link', async () => {
    const email = uniqueEmail('first-admin');
    const result = await setupSecretariatAccount({ email: email.toUpperCase(), name: 'Secrétariat du GESQ' });
    expect(result).toMatchObject({ created: true, promoted: false });
    expect(result.url).toMatch(/\/fr\/reset-password\?token=[\w-]{43}$/);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ role: 'SECRETARIAT', emailVerifiedAt: null });
    expect(await authorizeCredentials({ email, password: user.passwordHash }, '10.9.0.1')).toMatchObject({ ok: false });
    expect(await db.auditLog.count({ where: { entityId: user.id, action: 'user.setup.create' } })).toBe(1);
    actAs(null);
    const password = 'Lac-Saint-Jean-bleuets-2027';
    expect(await resetPassword({ token: tokenOf(result.url), password, confirm: password })).toEqual({ ok: true, data: { reset: true } });
    expect(await authorizeCredentials({ email, password }, '10.9.0.1')).toMatchObject({ ok: true });
    // The link works once.
    expect(await resetPassword({ token: tokenOf(result.url), password, confirm: password })).toMatchObject({ ok: false, code: 'TOKEN_INVALID' });
  });

  it('promotes an existing account (ending its sessions) and gives a new link on each run', async () => {
    const existing = await createUser({ role: 'DELEGATE', locale: 'en' });
    const first = await setupSecretariatAccount({ email: existing.email });
    expect(first).toMatchObject({ created: false, promoted: true });
    expect(first.url).toContain('/en/reset-password?token=');
    expect(await db.user.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ role: 'SECRETARIAT', sessionVersion: existing.sessionVersion + 1 });
    const second = await setupSecretariatAccount({ email: existing.email });
    expect(second).toMatchObject({ created: false, promoted: false });
    expect(tokenOf(second.url)).not.toBe(tokenOf(first.url));
  });

  it('the command prints the link; the seed refuses the demo accounts in production unless told --demo', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rencontre-setup-'));
    const env = { ...process.env, PGLITE_DIR: path.join(dir, 'db'), DATABASE_URL: '', APP_URL: 'https://rencontre.example.org' };
    try {
      expect(spawnSync('npx', ['tsx', 'tools/db.ts', 'deploy'], { env, encoding: 'utf8' }).status).toBe(0);
      const refused = spawnSync('npx', ['tsx', 'prisma/seed.ts', '--delegates', '10'], { env: { ...env, NODE_ENV: 'production' }, encoding: 'utf8' });
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('setup:admin');
      const run = spawnSync('npx', ['tsx', 'tools/setup-admin.ts', '--email', 'secretariat@gesq.example.org'], { env: { ...env, NODE_ENV: 'production' }, encoding: 'utf8' });
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/https:\/\/rencontre\.example\.org\/fr\/reset-password\?token=[\w-]{43}/);
      expect(spawnSync('npx', ['tsx', 'tools/setup-admin.ts', '--email', 'not-an-address'], { env, encoding: 'utf8' }).status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
