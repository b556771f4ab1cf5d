'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Alert } from '@/components/ui/alert';
import { useValidationMessage } from '@/components/ui/form-messages';
import { Link } from '@/lib/i18n/navigation';
import { signInSchema, type SignInInput } from '../schema';
import { ResendVerification } from './resend-verification';
import { ErrorFocus } from '@/components/ui/error-focus';

type Failure = 'INVALID' | 'RATE_LIMITED' | 'EMAIL_NOT_VERIFIED' | 'INTERNAL';

/** Only same-site paths are followed after sign-in (no open redirect). */
function safeCallback(callbackUrl: string | undefined, locale: string): string {
  return callbackUrl && callbackUrl.startsWith('/') && !callbackUrl.startsWith('//') && !callbackUrl.startsWith('/\\') ? callbackUrl : `/${locale}`;
}

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations('auth');
  const locale = useLocale();
  const message = useValidationMessage();
  const [failure, setFailure] = useState<Failure | null>(null);
  const form = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: '', password: '' } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await signIn('credentials', { email: values.email, password: values.password, redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(safeCallback(callbackUrl, locale));
      return;
    }
    const error = result?.error;
    setFailure(error === 'RATE_LIMITED' || error === 'EMAIL_NOT_VERIFIED' ? error : error === 'CredentialsSignin' ? 'INVALID' : 'INTERNAL');
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorFocus formState={form.formState} />
      {failure ? (
        <Alert tone="error" live testId="sign-in-error">
          {t(`signIn.errors.${failure}`)}
        </Alert>
      ) : null}
      {failure === 'EMAIL_NOT_VERIFIED' ? <ResendVerification email={form.getValues('email')} /> : null}
      <Field id="email" label={t('fields.email')} error={message(errors.email?.message)} required>
        {(p) => <Input {...p} type="email" autoComplete="email" inputMode="email" {...form.register('email')} />}
      </Field>
      <Field id="password" label={t('fields.password')} error={message(errors.password?.message)} required>
        {(p) => <Input {...p} type="password" autoComplete="current-password" {...form.register('password')} />}
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
