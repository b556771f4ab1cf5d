// First-run set-up, used by `npm run setup:admin` (tools/setup-admin.ts, run by
// tsx outside Next): so no 'server-only' import and nothing that needs Next
// (the link is built from APP_URL here, the audit row written directly).
import { db } from '@/lib/db';
import { isLocale, type AppLocale } from '@/lib/i18n/locales';
import { newSecret } from '../tokens';

export const SETUP_LINK_TTL_MS = 24 * 3600_000;

/**
 * Creates the first secretariat account — or promotes an existing one — and
 * returns a one-time link to choose its password: the password-reset
 * machinery (a PASSWORD_RESET token, only its hash stored; the
 * /reset-password page), valid 24 hours. A new account has no usable password
 * until then (its hash is not an argon2 hash, so no password verifies).
 * Nothing is mailed: the operator who ran the command passes the link on. Audited.
 */
export async function setupSecretariatAccount(input: { email: string; name?: string; locale?: AppLocale }): Promise<{ created: boolean; promoted: boolean; url: string; userId: string }> {
  const email = input.email.trim().toLowerCase();
  const locale = input.locale ?? 'fr';
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, role: true, locale: true } });
    const user = existing ?? (await tx.user.create({ data: { email, name: input.name?.trim() || email.split('@')[0]!, passwordHash: `!unset:${newSecret().hash}`, role: 'SECRETARIAT', locale }, select: { id: true, role: true, locale: true } }));
    const promoted = !!existing && existing.role !== 'SECRETARIAT';
    // A promotion ends the account's sessions (its role in them is stale), as a role change does.
    if (promoted) await tx.user.update({ where: { id: user.id }, data: { role: 'SECRETARIAT', disabledAt: null, sessionVersion: { increment: 1 } } });
    const { secret, hash } = newSecret();
    await tx.oneTimeToken.create({ data: { type: 'PASSWORD_RESET', tokenHash: hash, userId: user.id, expiresAt: new Date(Date.now() + SETUP_LINK_TTL_MS) } });
    const action = !existing ? 'user.setup.create' : promoted ? 'user.setup.promote' : 'user.setup.link';
    await tx.auditLog.create({ data: { actorId: null, action, entityType: 'User', entityId: user.id, data: { email } } });
    const linkLocale = isLocale(user.locale) ? user.locale : locale;
    const base = (process.env.APP_URL ?? process.env.NEXTAUTH_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
    return { created: !existing, promoted, userId: user.id, url: `${base}/${linkLocale}/reset-password?token=${encodeURIComponent(secret)}` };
  });
}
