'use client';

import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Select, Textarea } from '@/components/ui/input';
import { applyFieldErrors, FormError, useValidationMessage } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { useSearchParams } from 'next/navigation';
import { usePathname, useRouter } from '@/lib/i18n/navigation';
import { decideBursary } from '../actions';
import { DECISIONS, decideBursarySchema, type DecideBursaryInput } from '../schema';

/**
 * One decision on one request; BUDGET_EXCEEDED and field errors are shown here. Success is
 * said by the page (`?decided=1`): with a status filter the decided row leaves the list.
 */
export function DecisionForm({ initial, currency }: { initial: DecideBursaryInput; currency: string }) {
  const t = useTranslations('bursaries.decide');
  const message = useValidationMessage();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const form = useForm<DecideBursaryInput>({ resolver: zodResolver(decideBursarySchema) as never, defaultValues: initial });
  const e = form.formState.errors;
  const decision = useWatch({ control: form.control, name: 'decision' });
  const [code, setCode] = useState<ErrorCode | null>(null);
  const id = initial.registrationId;
  const onSubmit = form.handleSubmit(async () => {
    setCode(null);
    const result = await decideBursary(form.getValues());
    if (!result.ok) {
      applyFieldErrors(form.setError, result.fieldErrors, ['decision', 'amount', 'feeCover', 'reason']);
      return setCode(result.code);
    }
    const next = new URLSearchParams(searchParams.toString());
    next.set('decided', '1');
    router.replace(`${pathname}?${next.toString()}`, { scroll: false });
  });
  const granting = decision === 'GRANT_FULL' || decision === 'GRANT_PARTIAL';
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid={`decision-form-${id}`}>
      <FormError code={code} testId={`decision-error-${id}`} />
      <Field id={`decision-${id}`} label={t('decision')} error={message(e.decision?.message)} required>
        {(p) => (
          <Select {...p} {...form.register('decision')}>
            {DECISIONS.map((d) => <option key={d} value={d}>{t(`decisions.${d}`)}</option>)}
          </Select>
        )}
      </Field>
      {decision === 'GRANT_PARTIAL' ? (
        <Field id={`amount-${id}`} label={t('amount', { currency })} error={message(e.amount?.message)} required>
          {(p) => <Input {...p} inputMode="decimal" {...form.register('amount')} />}
        </Field>
      ) : null}
      {granting ? (
        <Field id={`feeCover-${id}`} label={t('feeCover', { currency })} hint={t('feeCoverHint')} error={message(e.feeCover?.message)}>
          {(p) => <Input {...p} inputMode="decimal" {...form.register('feeCover')} />}
        </Field>
      ) : null}
      <Field id={`reason-${id}`} label={t('reason')} error={message(e.reason?.message)} required={decision === 'DECLINE'}>
        {(p) => <Textarea {...p} rows={2} {...form.register('reason')} />}
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>{t('submit')}</Button>
    </form>
  );
}
