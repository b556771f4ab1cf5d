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
import { useRouter } from '@/lib/i18n/navigation';
import { saveRoundAction } from '../actions';
import { roundSchema, type RoundInput } from '../schema';

const FIELDS = ['name', 'sessionIds', 'opensAt', 'closesAt', 'choices', 'balanceWeight', 'tolerancePct'] as const;

export type RoundFormValues = { id?: string; name: string; sessionIds: string[]; opensAt: string; closesAt: string; choices: number; balanceWeight: number; tolerancePct: number };

/** Create or edit a preference round (staff). Times are wall-clock times in the event's zone. */
export function RoundForm({ eventId, zone, sessions, round, slug }: { eventId: string; zone: string; slug: string; sessions: { id: string; label: string }[]; round?: RoundFormValues }) {
  const t = useTranslations('allocation');
  const validation = useValidationMessage();
  const message = (m: string | undefined) => (m?.startsWith('allocation.') ? t(`errors.${m.slice(11)}` as never) : validation(m));
  const router = useRouter();
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [saved, setSaved] = useState(false);
  const prefix = round?.id ? `round-${round.id}` : 'round-new';
  const form = useForm<RoundInput>({
    resolver: zodResolver(roundSchema, undefined, { raw: true }) as never,
    defaultValues: {
      eventId,
      ...(round?.id ? { id: round.id } : {}),
      name: round?.name ?? '',
      sessionIds: round?.sessionIds ?? [],
      opensAt: round?.opensAt ?? '',
      closesAt: round?.closesAt ?? '',
      choices: String(round?.choices ?? 3),
      balanceWeight: String(round?.balanceWeight ?? 1),
      tolerancePct: String(round?.tolerancePct ?? 10),
    },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setCode(null);
    setSaved(false);
    const result = await saveRoundAction(values);
    if (!result.ok) {
      applyFieldErrors(form.setError, result.fieldErrors, FIELDS);
      setCode(result.code);
      return;
    }
    setSaved(true);
    if (!round?.id) router.push(`/staff/events/${slug}/allocation/${result.data.id}`);
    else router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid={prefix}>
      <FormError code={code} testId={`${prefix}-error`} />
      {saved ? <Alert tone="success" live>{t('saved')}</Alert> : null}
      <Field id={`${prefix}-name`} label={t('name')} error={message(errors.name?.message)} required>
        {(p) => <Input {...p} {...form.register('name')} />}
      </Field>
      <fieldset className="space-y-2" aria-describedby={`${prefix}-sessions-hint`}>
        <legend className="font-medium">{t('sessions')}</legend>
        <p id={`${prefix}-sessions-hint`} className="text-sm text-stone-600">{t('sessionsHint')}</p>
        {errors.sessionIds ? <p className="text-sm font-medium text-red-700">{message(errors.sessionIds.message ?? errors.sessionIds.root?.message)}</p> : null}
        <ul className="max-h-80 space-y-1 overflow-y-auto rounded-md border border-stone-200 p-2">
          {sessions.map((s) => (
            <li key={s.id}>
              <label className="flex min-h-11 items-center gap-2">
                <input type="checkbox" value={s.id} className="size-5" {...form.register('sessionIds')} />
                <span>{s.label}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${prefix}-opens`} label={t('opensAt', { zone })} error={message(errors.opensAt?.message)} required>
          {(p) => <Input {...p} type="datetime-local" {...form.register('opensAt')} />}
        </Field>
        <Field id={`${prefix}-closes`} label={t('closesAt', { zone })} error={message(errors.closesAt?.message)} required>
          {(p) => <Input {...p} type="datetime-local" {...form.register('closesAt')} />}
        </Field>
        <Field id={`${prefix}-choices`} label={t('choices')} error={message(errors.choices?.message)} required>
          {(p) => <Input {...p} inputMode="numeric" {...form.register('choices')} />}
        </Field>
        <Field id={`${prefix}-tolerance`} label={t('tolerance')} error={message(errors.tolerancePct?.message)} required>
          {(p) => <Input {...p} inputMode="numeric" {...form.register('tolerancePct')} />}
        </Field>
        <Field id={`${prefix}-weight`} label={t('balanceWeight')} hint={t('balanceHint', { choices: round?.choices ?? 3 })} error={message(errors.balanceWeight?.message)} required>
          {(p) => <Input {...p} inputMode="decimal" {...form.register('balanceWeight')} />}
        </Field>
      </div>
      <Button type="submit" disabled={isSubmitting} data-testid={`${prefix}-save`}>
        {t('save')}
      </Button>
    </form>
  );
}
