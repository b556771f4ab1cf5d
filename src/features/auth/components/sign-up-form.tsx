'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Alert } from '@/components/ui/alert';
import { applyFieldErrors, FormError, useValidationMessage } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { isLocale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { signUp } from '../actions';
import { PASSWORD_MIN, signUpSchema, type SignUpInput } from '../schema';
import { ErrorFocus } from '@/components/ui/error-focus';

const FIELDS = ['givenName', 'familyName', 'email', 'password'] as const;

export function SignUpForm() {
  const t = useTranslations('auth');
  const tn = useTranslations('people.names');
  const locale = useLocale();
  const message = useValidationMessage();
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm<SignUpInput>({
    resolver: zodResolver(signUpSchema),
    defaultValues: { givenName: '', familyName: '', email: '', password: '', locale: isLocale(locale) ? locale : 'fr' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setCode(null);
    const result = await signUp(values);
    if (result.ok) return setSentTo(result.data.email);
    applyFieldErrors(form.setError, result.fieldErrors, FIELDS);
    if (result.code !== 'VALIDATION') setCode(result.code);
  });

  if (sentTo) {
    return (
      <Alert tone="success" live testId="sign-up-done">
        <p className="font-medium">{t('signUp.doneTitle')}</p>
        <p>{t('signUp.done', { email: sentTo })}</p>
      </Alert>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorFocus formState={form.formState} />
      <FormError code={code} />
      <p className="text-sm text-stone-700">{tn('namesHint')}</p>
      <Field id="givenName" label={tn('givenName')} error={message(errors.givenName?.message)} required>
        {(p) => <Input {...p} autoComplete="given-name" {...form.register('givenName')} />}
      </Field>
      <Field id="familyName" label={tn('familyName')} hint={tn('familyNameHint')} error={message(errors.familyName?.message)}>
        {(p) => <Input {...p} autoComplete="family-name" {...form.register('familyName')} />}
      </Field>
      <Field id="email" label={t('fields.email')} error={message(errors.email?.message)} required>
        {(p) => <Input {...p} type="email" autoComplete="email" inputMode="email" {...form.register('email')} />}
      </Field>
      <Field id="password" label={t('fields.password')} hint={t('signUp.passwordHint', { min: PASSWORD_MIN })} error={message(errors.password?.message)} required>
        {(p) => <Input {...p} type="password" autoComplete="new-password" {...form.register('password')} />}
      </Field>
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? t('signUp.submitting') : t('signUp.submit')}
      </Button>
      <p className="text-sm">
        <Link href="/sign-in" className="text-brand-700 underline">
          {t('signUp.haveAccount')}
        </Link>
      </p>
    </form>
  );
}
