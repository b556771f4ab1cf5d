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
import { useRouter } from '@/lib/i18n/navigation';
import type { DelegationStatus } from '@/lib/db-types';
import { setDelegationHead, setDelegationQuota, setDelegationStatus } from '../actions';
import { canChangeStatus } from '../policy';
import { setHeadSchema, setQuotaSchema, type SetHeadInput, type SetQuotaInput } from '../schema';
import { ErrorFocus } from '@/components/ui/error-focus';

/** Approve / close / reopen. */
export function StatusButtons({ delegationId, status }: { delegationId: string; status: DelegationStatus }) {
  const t = useTranslations('delegations.staff');
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [done, setDone] = useState(false);
  const change = async (to: DelegationStatus) => {
    setBusy(true);
    setCode(null);
    setDone(false);
    const result = await setDelegationStatus({ delegationId, status: to });
    setBusy(false);
    if (!result.ok) return setCode(result.code);
    setDone(true);
    router.refresh();
  };
  const targets: { to: DelegationStatus; label: string }[] = [
    { to: 'APPROVED', label: status === 'CLOSED' ? t('reopen') : t('approve') },
    { to: 'CLOSED', label: t('close') },
  ];
  return (
    <div className="space-y-2">
      <FormError code={code} />
      {done ? <Alert tone="success" live testId="status-done">{t('statusDone')}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        {targets.filter((x) => canChangeStatus(status, x.to)).map((x) => (
          <Button key={x.to} variant={x.to === 'CLOSED' ? 'danger' : 'primary'} disabled={busy} onClick={() => change(x.to)} data-testid={`status-${x.to}`}>
            {x.label}
          </Button>
        ))}
      </div>
    </div>
  );
}

export function QuotaForm({ delegationId, quota }: { delegationId: string; quota: number }) {
  const t = useTranslations('delegations');
  const message = useValidationMessage();
  const router = useRouter();
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm<SetQuotaInput>({ resolver: zodResolver(setQuotaSchema), defaultValues: { delegationId, quota } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setCode(null);
    setDone(false);
    const result = await setDelegationQuota(values);
    if (result.ok) {
      setDone(true);
      return router.refresh();
    }
    applyFieldErrors(form.setError, result.fieldErrors, ['quota']);
    if (result.code !== 'VALIDATION') setCode(result.code);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid="quota-form">
      <ErrorFocus formState={form.formState} />
      <FormError code={code} />
      {done ? <Alert tone="success" live>{t('staff.quotaDone')}</Alert> : null}
      <Field id="quota" label={t('staff.quotaTitle')} error={message(errors.quota?.message)} required>
        {(p) => <Input {...p} type="number" inputMode="numeric" min={1} max={2000} className="max-w-40" {...form.register('quota')} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={isSubmitting}>{t('staff.quotaSave')}</Button>
    </form>
  );
}

export function HeadForm({ delegationId }: { delegationId: string }) {
  const t = useTranslations('delegations');
  const message = useValidationMessage();
  const router = useRouter();
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm<SetHeadInput>({ resolver: zodResolver(setHeadSchema), defaultValues: { delegationId, headEmail: '' } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setCode(null);
    setDone(false);
    const result = await setDelegationHead(values);
    if (result.ok) {
      setDone(true);
      form.reset({ delegationId, headEmail: '' });
      return router.refresh();
    }
    applyFieldErrors(form.setError, result.fieldErrors, ['headEmail']);
    if (result.code !== 'VALIDATION') setCode(result.code);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid="head-form">
      <ErrorFocus formState={form.formState} />
      <FormError code={code} />
      {done ? <Alert tone="success" live>{t('staff.headDone')}</Alert> : null}
      <Field id="headEmail" label={t('fields.headEmail')} hint={t('fields.headEmailHint')} error={message(errors.headEmail?.message)} required>
        {(p) => <Input {...p} type="email" inputMode="email" autoComplete="off" {...form.register('headEmail')} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={isSubmitting}>{t('staff.headSave')}</Button>
    </form>
  );
}
