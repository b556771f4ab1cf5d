'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';
import { applyFieldErrors, FormError, useValidationMessage } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { LOCALE_NAMES, LOCALES } from '@/lib/i18n/locales';
import { saveMoneySettingsAction } from '../actions';
import { moneySettingsSchema, type MoneySettingsInput } from '../schema';

/** The organiser's legal details and the payment instructions in each language (secretariat). */
export function MoneySettingsForm({ eventId, legalDetails, instructions }: { eventId: string; legalDetails: string; instructions: Partial<Record<(typeof LOCALES)[number], string>> }) {
  const t = useTranslations('money');
  const message = useValidationMessage();
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [saved, setSaved] = useState(false);
  const paymentInstructions = Object.fromEntries(LOCALES.map((l) => [l, instructions[l] ?? ''])) as MoneySettingsInput['paymentInstructions'];
  const form = useForm<MoneySettingsInput>({ resolver: zodResolver(moneySettingsSchema, undefined, { raw: true }) as never, defaultValues: { eventId, legalDetails, paymentInstructions } });
  const { errors, isSubmitting } = form.formState;
  const instructionErrors = errors.paymentInstructions as Record<string, { message?: string }> | undefined;
  const onSubmit = form.handleSubmit(async (values) => {
    setCode(null);
    setSaved(false);
    const result = await saveMoneySettingsAction(values);
    if (!result.ok) {
      applyFieldErrors(form.setError, result.fieldErrors, ['legalDetails', ...LOCALES.map((l) => `paymentInstructions.${l}`)]);
      return setCode(result.code);
    }
    setSaved(true);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid="money-settings">
      <FormError code={code} testId="money-settings-error" />
      <Field id="money-legal" label={t('settings.legal')} error={message(errors.legalDetails?.message)}>
        {(p) => <Textarea {...p} {...form.register('legalDetails')} />}
      </Field>
      {LOCALES.map((l) => (
        <Field key={l} id={`money-instructions-${l}`} label={t('settings.instructionsIn', { language: LOCALE_NAMES[l] })} error={message(instructionErrors?.[l]?.message)}>
          {(p) => <Textarea {...p} lang={l} {...form.register(`paymentInstructions.${l}`)} />}
        </Field>
      ))}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {t('settings.save')}
        </Button>
        {saved ? (
          <span role="status" className="text-sm text-brand-700">
            {t('settings.saved')}
          </span>
        ) : null}
      </div>
    </form>
  );
}
