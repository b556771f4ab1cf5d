'use server';

import { publicAction } from '@/features/auth/clients';
import { withMinimumDuration } from '@/lib/action';
import { requestIp } from '@/lib/request-ip';
import { rule } from '@/features/rate-limit/policy';
import { AppError } from '@/lib/errors';
import { hashPassword } from '@/lib/password';
import { isLocale } from '@/lib/i18n/locales';
import { scheduleDispatch } from '@/features/email/dispatch';
import { isCommonPassword } from './common-passwords';
import { findUserByEmail } from './data';
import { pendingRefFromCookie as readPendingInvitation } from '@/features/delegations/pending/data';
import { createAccount, notifyExistingAccount, resetPassword as resetPasswordMutation, sendPasswordReset, sendVerification, verifyEmail as verifyEmailMutation } from './mutations';
import { forgotPasswordSchema, resendVerificationSchema, resetPasswordSchema, signUpSchema, verifyEmailSchema } from './schema';

// Answers that must not reveal whether an account exists take at least this long.
const UNIFORM_MS = 700;

/*
 * Every public form that sends a mail to an address the caller types is
 * rate-limited per target address (nobody can flood a mailbox) and per client
 * IP. Counted whether or not the account exists, so a refusal reveals nothing.
 */
const mailLimits = (bucket: 'resetToAddress' | 'verificationToAddress') => async ({ email }: { email: string }) => [rule(bucket, email), rule('mailPerIp', await requestIp())];
const signUpLimits = async ({ email }: { email: string }) => [rule('signUpAddress', email), rule('mailPerIp', await requestIp())];

function refuseCommon(password: string) {
  if (isCommonPassword(password)) throw new AppError('VALIDATION', { password: ['passwordCommon'] });
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'P2002';
}

/** Always answers "check your inbox"; the owner of an existing address is told by e-mail instead. */
export const signUp = publicAction(signUpSchema, async (input) => {
  refuseCommon(input.password);
  return withMinimumDuration(UNIFORM_MS, async () => {
    const passwordHash = await hashPassword(input.password);
    const existing = await findUserByEmail(input.email);
    if (existing) {
      await notifyExistingAccount({ ...existing, locale: isLocale(existing.locale) ? existing.locale : 'fr' }, input.email);
    } else {
      try {
        await createAccount({ givenName: input.givenName, familyName: input.familyName ?? '', email: input.email, passwordHash, locale: input.locale }, await readPendingInvitation());
      } catch (error) {
        if (!isUniqueViolation(error)) throw error; // a concurrent double submit: the first one won
      }
    }
    scheduleDispatch();
    return { email: input.email };
  });
}, { limits: signUpLimits });

export const verifyEmail = publicAction(verifyEmailSchema, async ({ token }) => {
  await verifyEmailMutation(token);
  return { verified: true };
});

export const resendVerification = publicAction(resendVerificationSchema, async ({ email }) =>
  withMinimumDuration(UNIFORM_MS, async () => {
    const user = await findUserByEmail(email);
    if (user && !user.emailVerifiedAt && !user.disabledAt) {
      await sendVerification({ ...user, locale: isLocale(user.locale) ? user.locale : 'fr' }, email);
      scheduleDispatch();
    }
    return { email };
  }),
  { limits: mailLimits('verificationToAddress') },
);

export const requestPasswordReset = publicAction(forgotPasswordSchema, async ({ email, locale }) =>
  withMinimumDuration(UNIFORM_MS, async () => {
    const user = await findUserByEmail(email);
    if (user && !user.disabledAt) {
      await sendPasswordReset({ ...user, locale: isLocale(user.locale) ? user.locale : locale }, email, locale);
      scheduleDispatch();
    }
    return { email };
  }),
  { limits: mailLimits('resetToAddress') },
);

export const resetPassword = publicAction(resetPasswordSchema, async ({ token, password }) => {
  refuseCommon(password);
  await resetPasswordMutation(token, await hashPassword(password));
  scheduleDispatch();
  return { reset: true };
});
