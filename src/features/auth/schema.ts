import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/locales';
import { emailField, msg, optionalText, requiredText } from '@/lib/validation';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

// Length only here (the schema runs in the browser too); the server also
// refuses common passwords (common-passwords.ts) with the `passwordCommon` key.
export const passwordField = z
  .string({ error: msg.required })
  .min(PASSWORD_MIN, { error: msg.tooShort(PASSWORD_MIN) })
  .max(PASSWORD_MAX, { error: msg.tooLong(PASSWORD_MAX) });

/** Given and family names as the person writes them (a family name may be absent). */
export const personNameFields = {
  givenName: requiredText(80),
  familyName: optionalText(80),
};

export const signUpSchema = z.strictObject({
  ...personNameFields,
  email: emailField,
  password: passwordField,
  locale: z.enum(LOCALES),
});
export type SignUpInput = z.input<typeof signUpSchema>;

export const signInSchema = z.strictObject({
  email: emailField,
  password: z.string().min(1, { error: msg.required }).max(PASSWORD_MAX, { error: msg.tooLong(PASSWORD_MAX) }),
});
export type SignInInput = z.input<typeof signInSchema>;

export const forgotPasswordSchema = z.strictObject({
  email: emailField,
  locale: z.enum(LOCALES),
});
export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;

const tokenField = z.string().min(20, { error: msg.invalid }).max(200, { error: msg.invalid });

export const resetPasswordSchema = z
  .strictObject({
    token: tokenField,
    password: passwordField,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { error: 'passwordMismatch', path: ['confirm'] });
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

export const verifyEmailSchema = z.strictObject({ token: tokenField });

export const resendVerificationSchema = z.strictObject({ email: emailField, locale: z.enum(LOCALES) });
