'use client';

import { useState, type FormEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Alert } from '@/components/ui/alert';
import { useValidationMessage } from '@/components/ui/form-messages';
import { Link } from '@/lib/i18n/navigation';
import { signInWithCredentials } from '../client-session';
import { checkSignIn, type SignInProblems } from '../sign-in-check';
import { ResendVerification } from './resend-verification';
import { ErrorFocus } from '@/components/ui/error-focus';

type Failure = 'INVALID' | 'RATE_LIMITED' | 'EMAIL_NOT_VERIFIED' | 'INTERNAL';

/** Only same-site paths are followed after sign-in (no open redirect). */
function safeCallback(callbackUrl: string | undefined, locale: string): string {
  return callbackUrl && callbackUrl.startsWith('/') && !callbackUrl.startsWith('//') && !callbackUrl.startsWith('/\\') ? callbackUrl : `/${locale}`;
}

// Two fields: plain state and checks (sign-in-check.ts) rather than react-hook-form and zod,
// which would more than double the JavaScript of this page on a slow phone.
export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations('auth');
  const locale = useLocale();
  const message = useValidationMessage();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<SignInProblems>({});
  const [isSubmitting, setSubmitting] = useState(false);
  const [submitCount, setSubmitCount] = useState(0);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const values = { email: String(data.get('email') ?? ''), password: String(data.get('password') ?? '') };
    setEmail(values.email.trim().toLowerCase());
    setFailure(null);
    const problems = checkSignIn(values);
    setErrors(problems);
    if (problems.email || problems.password) {
      setSubmitCount((n) => n + 1);
      return;
    }
    setSubmitting(true);
    const result = await signInWithCredentials(values.email.trim().toLowerCase(), values.password).catch(() => ({ ok: false, error: 'INTERNAL' }));
    if (result.ok) {
      window.location.assign(safeCallback(callbackUrl, locale));
      return;
    }
    const error = result.error;
    setFailure(error === 'RATE_LIMITED' || error === 'EMAIL_NOT_VERIFIED' ? error : error === 'CredentialsSignin' ? 'INVALID' : 'INTERNAL');
    setSubmitting(false);
    setSubmitCount((n) => n + 1);
  };
  const fieldErrors = Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, { type: 'check', message: v }]));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorFocus formState={{ isSubmitting, errors: fieldErrors, submitCount }} />
      {failure ? (
        <Alert tone="error" live testId="sign-in-error">
          {t(`signIn.errors.${failure}`)}
        </Alert>
      ) : null}
      {failure === 'EMAIL_NOT_VERIFIED' ? <ResendVerification email={email} /> : null}
      <Field id="email" label={t('fields.email')} error={message(errors.email)} required>
        {(p) => <Input {...p} type="email" autoComplete="email" inputMode="email" name="email" />}
      </Field>
      <Field id="password" label={t('fields.password')} error={message(errors.password)} required>
        {(p) => <Input {...p} type="password" autoComplete="current-password" name="password" />}
      </Field>
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? t('signIn.submitting') : t('signIn.submit')}
      </Button>
      <p className="flex flex-wrap justify-between gap-2 text-sm">
        <Link href="/forgot-password" className="text-brand-700 underline">
          {t('signIn.forgot')}
        </Link>
        <Link href="/sign-up" className="text-brand-700 underline">
          {t('signIn.noAccount')}
        </Link>
      </p>
    </form>
  );
}
