'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';
import { applyFieldErrors, FormError, useValidationMessage } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { updateBillingAction } from '../actions';
import { billingSchema, type BillingInput } from '../schema';

/** The delegate names the invoice's addressee (themselves or their organisation). */
export function BillingForm({ registrationId, billingName, billingAddress }: { registrationId: string; billingName: string; billingAddress: string }) {
  const t = useTranslations('money');
  const message = useValidationMessage();
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<BillingInput>({ resolver: zodResolver(billingSchema, undefined, { raw: true }) as never, defaultValues: { registrationId, billingName, billingAddress } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setCode(null);
    setSaved(false);
    const result = await updateBillingAction(values);
    if (!result.ok) {
      applyFieldErrors(form.setError, result.fieldErrors, ['billingName', 'billingAddress']);
      return setCode(result.code);
    }
    setSaved(true);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid="billing-form">
      <fieldset className="space-y-3">
        <legend className="font-medium">{t('billing.legend')}</legend>
        <FormError code={code} testId="billing-error" />
        <Field id="billing-name" label={t('billing.name')} hint={t('billing.hint')} error={message(errors.billingName?.message)}>
          {(p) => <Input {...p} autoComplete="organization" {...form.register('billingName')} />}
        </Field>
        <Field id="billing-address" label={t('billing.address')} error={message(errors.billingAddress?.message)}>
          {(p) => <Textarea {...p} autoComplete="street-address" {...form.register('billingAddress')} />}
        </Field>
      </fieldset>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary" disabled={isSubmitting}>
          {t('billing.save')}
        </Button>
        {saved ? (
          <span role="status" className="text-sm text-brand-700">
            {t('billing.saved')}
          </span>
        ) : null}
      </div>
    </form>
  );
}
