import 'server-only';
import { verifyAgainstDummy, verifyPassword } from '@/lib/password';
import { signInSchema } from './schema';
import { findUserForSignIn, isSignInThrottled } from './data';
import { clearFailedSignIns, recordFailedSignIn } from './mutations';

export type SignInOutcome =
  | { ok: true; user: { id: string; name: string; email: string; role: string; locale: string; sessionVersion: number } }
  | { ok: false; error: 'INVALID' | 'RATE_LIMITED' | 'EMAIL_NOT_VERIFIED' };

/**
 * Checks credentials for NextAuth's Credentials provider. The same answer and
 * about the same time whether or not the account exists (a dummy argon2
 * verification runs when it does not); 10 failures per account or per IP in
 * 15 minutes lock sign-in for both until the window passes.
 */
export async function authorizeCredentials(raw: unknown, ip: string | null): Promise<SignInOutcome> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'INVALID' };
  const { email, password } = parsed.data;

  if (await isSignInThrottled(email, ip)) return { ok: false, error: 'RATE_LIMITED' };

  const user = await findUserForSignIn(email);
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !valid || user.disabledAt) {
    await recordFailedSignIn(email, ip);
    return { ok: false, error: 'INVALID' };
  }
  // Told only to someone who knows the password.
  if (!user.emailVerifiedAt) return { ok: false, error: 'EMAIL_NOT_VERIFIED' };
  await clearFailedSignIns(email);
  return { ok: true, user: { id: user.id, name: user.name, email, role: user.role, locale: user.locale, sessionVersion: user.sessionVersion } };
}
