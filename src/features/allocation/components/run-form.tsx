'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { FormError, useValidationMessage } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { useRouter } from '@/lib/i18n/navigation';
import { runAllocationAction } from '../actions';
import { runSchema } from '../schema';

/** Balance weight, tolerance and capacities, then "Run": the preview of the new run opens. */
export function RunForm({ roundId, slug, choices, balanceWeight, tolerancePct, sessions }: { roundId: string; slug: string; choices: number; balanceWeight: number; tolerancePct: number; sessions: { id: string; label: string; capacity: number | null }[] }) {
  const t = useTranslations('allocation');
  const message = useValidationMessage();
  const router = useRouter();
  const [weight, setWeight] = useState(String(balanceWeight));
  const [tolerance, setTolerance] = useState(String(tolerancePct));
  const [seed, setSeed] = useState('');
  const [caps, setCaps] = useState<Record<string, string>>(Object.fromEntries(sessions.map((s) => [s.id, s.capacity === null ? '' : String(s.capacity)])));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setCode(null);
    const input = {
      roundId,
      balanceWeight: weight,
      tolerancePct: tolerance,
      seed,
      capacities: sessions.filter((s) => caps[s.id] !== '').map((s) => ({ sessionId: s.id, capacity: caps[s.id] })),
    };
    const parsed = runSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message])));
      return setCode('VALIDATION');
    }
    setErrors({});
    setBusy(true);
    const result = await runAllocationAction(input);
    setBusy(false);
    if (!result.ok) return setCode(result.code);
    router.push(`/staff/events/${slug}/allocation/${roundId}?run=${result.data.id}`);
    router.refresh();
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-3" data-testid="run-form">
      <FormError code={code} testId="run-error" />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="run-weight" label={t('balanceWeight')} hint={t('balanceHint', { choices })} error={message(errors.balanceWeight)}>
          {(p) => <Input {...p} inputMode="decimal" value={weight} onChange={(e) => setWeight(e.target.value)} />}
        </Field>
        <Field id="run-tolerance" label={t('tolerance')} error={message(errors.tolerancePct)}>
          {(p) => <Input {...p} inputMode="numeric" value={tolerance} onChange={(e) => setTolerance(e.target.value)} />}
        </Field>
        <Field id="run-seed" label={t('run.seed')} error={message(errors.seed)}>
          {(p) => <Input {...p} inputMode="numeric" value={seed} onChange={(e) => setSeed(e.target.value)} />}
        </Field>
      </div>
      <details className="rounded-md border border-stone-200 p-3">
        <summary className="min-h-11 cursor-pointer font-medium">{t('run.capacities')}</summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          {sessions.map((s, i) => (
            <Field key={s.id} id={`cap-${s.id}`} label={t('run.capacity', { session: s.label })} error={message(errors[`capacities.${i}.capacity`])}>
              {(p) => <Input {...p} inputMode="numeric" value={caps[s.id]} onChange={(e) => setCaps((prev) => ({ ...prev, [s.id]: e.target.value }))} />}
            </Field>
          ))}
        </div>
      </details>
      <Button type="submit" disabled={busy} data-testid="run-submit">{busy ? t('run.running') : t('run.submit')}</Button>
    </form>
  );
}
