'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClass } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useValidationMessage } from '@/components/ui/form-messages';
import { Link, useRouter } from '@/lib/i18n/navigation';
import { joinDelegation } from '../actions';
import { joinByCodeSchema, type JoinByCodeInput } from '../schema';
import { ErrorFocus } from '@/components/ui/error-focus';

type Outcome = { tone: 'success' | 'error' | 'warning'; text: string; registerSlug?: string };

/** Join a delegation with its code (typed, or fixed when it came in the invitation link). */
export function JoinForm({ initialCode = '', fixed = false }: { initialCode?: string; fixed?: boolean }) {
  const t = useTranslations('delegations');
  const tErr = useTranslations('errors');
  const message = useValidationMessage();
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const form = useForm<JoinByCodeInput>({ resolver: zodResolver(joinByCodeSchema), defaultValues: { code: initialCode } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setOutcome(null);
    const result = await joinDelegation(values);
    if (result.ok) {
      const { outcome: o, delegationName: delegation, slug } = result.data;
      if (o === 'REMEMBERED') setOutcome({ tone: 'success', text: t('join.remembered', { delegation }), registerSlug: slug });
      else setOutcome({ tone: 'success', text: o === 'ALREADY_MEMBER' ? t('join.already', { delegation }) : t('join.joined', { delegation }) });
      router.refresh();
      return;
    }
    if (result.code === 'NOT_FOUND') return setOutcome({ tone: 'error', text: t('join.invalid') });
    if (result.code === 'CAPACITY_FULL') return setOutcome({ tone: 'error', text: t('join.full') });
    if (result.code === 'CONFLICT') return setOutcome({ tone: 'warning', text: t('join.conflict') });
    if (result.code === 'VALIDATION') return form.setError('code', { type: 'server', message: result.fieldErrors?.code?.[0] ?? 'delegations.code' });
    setOutcome({ tone: 'error', text: tErr(result.code) });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="join-form">
      <ErrorFocus formState={form.formState} />
      {outcome ? (
        <Alert tone={outcome.tone} live testId="join-outcome">
          <p>{outcome.text}</p>
          {outcome.registerSlug ? (
            <p className="mt-2">
              <Link href={`/events/${outcome.registerSlug}/register`} className="font-medium underline">{t('join.registerNow')}</Link>
            </p>
          ) : null}
        </Alert>
      ) : null}
      {fixed ? (
        <input type="hidden" {...form.register('code')} />
      ) : (
        <Field id="code" label={t('fields.code')} hint={t('fields.codeHint')} error={message(errors.code?.message)} required>
          {(p) => <Input {...p} autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={40} className="max-w-60 font-mono uppercase tracking-widest" {...form.register('code')} />}
        </Field>
      )}
      <Button type="submit" disabled={isSubmitting}>{isSubmitting ? t('join.submitting') : t('join.submit')}</Button>
      {outcome?.tone === 'success' && !outcome.registerSlug ? (
        <p><Link href="/my/delegations" className={buttonClass('secondary')}>{t('my.title')}</Link></p>
      ) : null}
    </form>
  );
}
