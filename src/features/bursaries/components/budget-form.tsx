'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { applyFieldErrors, FormError, useValidationMessage } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { CONTINENTS } from '@/lib/geo-codes';
import { useRouter } from '@/lib/i18n/navigation';
import { setBursaryBudget } from '../actions';
import { budgetSchema, type BudgetInput } from '../schema';

export function BudgetForm({ initial, currency }: { initial: BudgetInput; currency: string }) {
  const t = useTranslations('bursaries');
  const message = useValidationMessage();
  const router = useRouter();
  const form = useForm<BudgetInput>({ resolver: zodResolver(budgetSchema) as never, defaultValues: initial });
  const e = form.formState.errors;
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [saved, setSaved] = useState(false);
  const onSubmit = form.handleSubmit(async () => {
    setCode(null);
    setSaved(false);
    const result = await setBursaryBudget(form.getValues());
    if (!result.ok) {
      applyFieldErrors(form.setError, result.fieldErrors, ['amount', ...CONTINENTS.map((c) => `ceilings.${c}`)]);
      return setCode(result.code);
    }
    setSaved(true);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="budget-form">
      <FormError code={code} />
      {saved ? <Alert tone="success" live>{t('budget.saved')}</Alert> : null}
      <Field id="budget-amount" label={t('budget.amount', { currency })} error={message(e.amount?.message)} required>
        {(p) => <Input {...p} inputMode="decimal" {...form.register('amount')} />}
      </Field>
      <fieldset className="space-y-2">
        <legend className="font-medium">{t('budget.ceilings')}</legend>
        <p className="text-sm text-stone-600">{t('budget.ceilingHint')}</p>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {CONTINENTS.map((c) => (
            <Field key={c} id={`ceiling-${c}`} label={t('budget.ceilingFor', { continent: t(`continents.${c}`), currency })} error={message(e.ceilings?.[c]?.message)}>
              {(p) => <Input {...p} inputMode="decimal" {...form.register(`ceilings.${c}`)} />}
            </Field>
          ))}
        </div>
      </fieldset>
      <Button type="submit" disabled={form.formState.isSubmitting}>{t('budget.save')}</Button>
    </form>
  );
}
