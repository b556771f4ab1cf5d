'use client';

import { useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Select, Textarea } from '@/components/ui/input';
import { FormError, useValidationMessage } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { useRouter } from '@/lib/i18n/navigation';
import { decideRegistrations } from '../actions';
import { DECISIONS, type Decision } from '../schema';

/** Approve / reject / wait-list the given registrations (one or many). */
export function DecisionForm({ ids, idPrefix = 'decision', legend }: { ids: string[]; idPrefix?: string; legend: ReactNode }) {
  const t = useTranslations('registrationAdmin.bulk');
  const message = useValidationMessage();
  const router = useRouter();
  const [decision, setDecision] = useState<Decision>('APPROVE');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<{ done: number; skipped: number; capacityFull: number } | null>(null);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setCode(null);
    setReasonError(undefined);
    setOutcome(null);
    if (ids.length === 0) return setCode('VALIDATION');
    setBusy(true);
    const result = await decideRegistrations({ registrationIds: ids, decision, reason });
    setBusy(false);
    if (!result.ok) {
      setReasonError(result.fieldErrors?.reason?.[0]);
      return setCode(result.code);
    }
    setOutcome(result.data);
    setReason('');
    router.refresh();
  };
  return (
    <form onSubmit={submit} noValidate className="space-y-3 rounded-md border border-stone-300 bg-white p-4" data-testid={`${idPrefix}-form`}>
      <fieldset className="space-y-3">
        <legend className="font-semibold">{legend}</legend>
        <FormError code={code} testId={`${idPrefix}-error`} />
        {outcome ? (
          <Alert tone={outcome.skipped ? 'warning' : 'success'} live testId={`${idPrefix}-outcome`}>
            <p>{t('done', { done: outcome.done, skipped: outcome.skipped })}</p>
            {outcome.capacityFull ? <p>{t('capacityFull', { count: outcome.capacityFull })}</p> : null}
          </Alert>
        ) : null}
        <Field id={`${idPrefix}-decision`} label={t('decision')}>
          {(p) => (
            <Select {...p} value={decision} onChange={(e) => setDecision(e.target.value as Decision)}>
              {DECISIONS.map((d) => <option key={d} value={d}>{t(d)}</option>)}
            </Select>
          )}
        </Field>
        {decision === 'WAITLIST' ? <p className="text-sm text-stone-700">{t('waitlistRule')}</p> : null}
        <Field id={`${idPrefix}-reason`} label={t('reason')} error={message(reasonError)} required={decision === 'REJECT'}>
          {(p) => <Textarea {...p} rows={2} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <Button type="submit" disabled={busy} data-testid={`${idPrefix}-apply`}>{busy ? t('applying') : t('apply')}</Button>
      </fieldset>
    </form>
  );
}
