'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Alert } from '@/components/ui/alert';
import { FormError, useValidationMessage } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { isLocale } from '@/lib/i18n/locales';
import { requestPasswordReset } from '../actions';
import { forgotPasswordSchema, type ForgotPasswordInput } from '../schema';
import { ErrorFocus } from '@/components/ui/error-focus';

export function ForgotPasswordForm() {
  const t = useTranslations('auth');
  const locale = useLocale();
  const message = useValidationMessage();
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<ForgotPasswordInput>({ resolver: zodResolver(forgotPasswordSchema), defaultValues: { email: '', locale: isLocale(locale) ? locale : 'fr' } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setCode(null);
    const result = await requestPasswordReset(values);
    if (result.ok) setDone(result.data.email);
    else setCode(result.code === 'VALIDATION' ? 'VALIDATION' : result.code);
  });

  if (done) {
    return (
      <Alert tone="success" live testId="forgot-done">
        {t('forgot.done', { email: done })}
      </Alert>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorFocus formState={form.formState} />
      <FormError code={code} />
      <Field id="email" label={t('fields.email')} error={message(errors.email?.message)} required>
        {(p) => <Input {...p} type="email" autoComplete="email" inputMode="email" {...form.register('email')} />}
      </Field>
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {t('forgot.submit')}
      </Button>
    </form>
  );
}
