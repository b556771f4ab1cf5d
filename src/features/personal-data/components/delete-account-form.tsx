'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { signOut } from '@/features/auth/client-session';
import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { FormError, useValidationMessage } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { deleteMyAccount } from '../actions';
import { deleteMyAccountSchema, type DeleteMyAccountInput } from '../schema';

/** Deletes the signed-in person's account after their password, then signs them out. */
export function DeleteAccountForm() {
  const t = useTranslations('myData');
  const locale = useLocale();
  const message = useValidationMessage();
  const [code, setCode] = useState<ErrorCode | null>(null);
  const form = useForm<DeleteMyAccountInput>({ resolver: zodResolver(deleteMyAccountSchema), defaultValues: { password: '' } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setCode(null);
    if (!window.confirm(t('delete.confirm'))) return;
    const result = await deleteMyAccount(values);
    if (result.ok) {
      await signOut(`/${locale}?accountDeleted=1`);
      return;
    }
    if (result.code === 'VALIDATION' && result.fieldErrors?.password) form.setError('password', { message: result.fieldErrors.password[0] });
    else setCode(result.code);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="delete-account-form">
      <FormError code={code} />
      <Field id="delete-password" label={t('delete.password')} hint={t('delete.passwordHint')} error={message(errors.password?.message)} required>
        {(p) => <Input {...p} type="password" autoComplete="current-password" {...form.register('password')} />}
      </Field>
      <Button type="submit" variant="danger" disabled={isSubmitting} data-testid="delete-account">
        {t('delete.submit')}
      </Button>
    </form>
  );
}
