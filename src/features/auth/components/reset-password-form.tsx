'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Alert } from '@/components/ui/alert';
import { applyFieldErrors, FormError, useValidationMessage } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { Link } from '@/lib/i18n/navigation';
import { resetPassword } from '../actions';
import { PASSWORD_MIN, resetPasswordSchema, type ResetPasswordInput } from '../schema';
import { ErrorFocus } from '@/components/ui/error-focus';

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations('auth');
  const message = useValidationMessage();
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm<ResetPasswordInput>({ resolver: zodResolver(resetPasswordSchema), defaultValues: { token, password: '', confirm: '' } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setCode(null);
    const result = await resetPassword(values);
    if (result.ok) return setDone(true);
    applyFieldErrors(form.setError, result.fieldErrors, ['password', 'confirm']);
    if (result.code !== 'VALIDATION' || result.fieldErrors?.token) setCode(result.fieldErrors?.token ? 'TOKEN_INVALID' : result.code);
  });

  if (done) {
    return (
      <Alert tone="success" live testId="reset-done">
        <p>{t('reset.done')}</p>
        <Link href="/sign-in" className="font-medium underline">
          {t('signIn.title')}
        </Link>
      </Alert>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorFocus formState={form.formState} />
      <FormError code={code} />
      <Field id="password" label={t('fields.newPassword')} hint={t('signUp.passwordHint', { min: PASSWORD_MIN })} error={message(errors.password?.message)} required>
        {(p) => <Input {...p} type="password" autoComplete="new-password" {...form.register('password')} />}
      </Field>
      <Field id="confirm" label={t('fields.confirmPassword')} error={message(errors.confirm?.message)} required>
        {(p) => <Input {...p} type="password" autoComplete="new-password" {...form.register('confirm')} />}
      </Field>
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {t('reset.submit')}
      </Button>
    </form>
  );
}
