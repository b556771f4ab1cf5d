'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { applyFieldErrors, FormError } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { useRouter } from '@/lib/i18n/navigation';
import { recordPaymentAction } from '../actions';
import { recordPaymentSchema, type RecordPaymentInput } from '../schema';
import { newKey, useMoneyMessage } from './use-money-message';

const FIELDS = ['amount', 'currency', 'method', 'paidOn', 'payerReference', 'note'];
type Method = RecordPaymentInput['method'];

/** Record a payment (secretariat: any method; organizers at the desk: cash). */
export function PaymentForm({ registrationId, currency, methods, today, idPrefix = 'payment' }: { registrationId: string; currency: string; methods: readonly Method[]; today: string; idPrefix?: string }) {
  const t = useTranslations('money');
  const message = useMoneyMessage();
  const router = useRouter();
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [done, setDone] = useState<{ number: number | null; duplicate: boolean } | null>(null);
  const blank = (): RecordPaymentInput => ({ registrationId, amount: '', currency, method: methods[0], paidOn: today, payerReference: '', note: '', idempotencyKey: newKey() });
  const form = useForm<RecordPaymentInput>({ resolver: zodResolver(recordPaymentSchema, undefined, { raw: true }) as never, defaultValues: blank() });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setCode(null);
    setDone(null);
    const result = await recordPaymentAction(values);
    if (!result.ok) {
      applyFieldErrors(form.setError, result.fieldErrors, FIELDS);
      if (result.code !== 'CONFLICT' || !result.fieldErrors) setCode(result.code);
      return;
    }
    setDone({ number: result.data.receiptNumber, duplicate: result.data.duplicate });
    form.reset(blank());
    router.refresh();
  });
  const id = (f: string) => `${idPrefix}-${f}`;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid={`${idPrefix}-form`}>
      <FormError code={code} testId={`${idPrefix}-error`} />
      <input type="hidden" {...form.register('idempotencyKey')} />
      <input type="hidden" {...form.register('currency')} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={id('amount')} label={`${t('staff.amount')} (${currency})`} error={message(errors.amount?.message) ?? message(errors.currency?.message)} required>
          {(p) => <Input {...p} inputMode="decimal" autoComplete="off" {...form.register('amount')} />}
        </Field>
        <Field id={id('method')} label={t('staff.method')} error={message(errors.method?.message)} required>
          {(p) => (
            <Select {...p} {...form.register('method')}>
              {methods.map((m) => (
                <option key={m} value={m}>
                  {t(`methods.${m}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id={id('paidOn')} label={t('staff.paidOn')} error={message(errors.paidOn?.message)} required>
          {(p) => <Input {...p} type="date" {...form.register('paidOn')} />}
        </Field>
        <Field id={id('payerReference')} label={t('staff.payerReference')} error={message(errors.payerReference?.message)}>
          {(p) => <Input {...p} autoComplete="off" {...form.register('payerReference')} />}
        </Field>
      </div>
      <Field id={id('note')} label={t('staff.note')} error={message(errors.note?.message)}>
        {(p) => <Input {...p} autoComplete="off" {...form.register('note')} />}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isSubmitting} data-testid={`${idPrefix}-submit`}>
          {t('staff.submit')}
        </Button>
        {done ? (
          <span role="status" className="text-sm text-brand-700" data-testid={`${idPrefix}-done`}>
            {done.duplicate ? t('staff.duplicate') : t('staff.recorded', { number: done.number ?? 0 })}
          </span>
        ) : null}
      </div>
    </form>
  );
}
