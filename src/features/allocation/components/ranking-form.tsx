'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/input';
import { FormError } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { useRouter } from '@/lib/i18n/navigation';
import { saveRankingAction } from '../actions';
import { rankingSchema } from '../schema';

export type RankingSlot = { slot: number; label: string; sessions: { id: string; label: string }[] };

/**
 * Per time slot, one native select per rank (1st choice, 2nd choice…): usable with a keyboard,
 * a screen reader and a thumb, with no drag and drop. Empty selects are skipped and the
 * remaining ones ranked in order.
 */
export function RankingForm({ roundId, choices, slots, initial }: { roundId: string; choices: number; slots: RankingSlot[]; initial: { sessionId: string; rank: number }[] }) {
  const t = useTranslations('allocation');
  const router = useRouter();
  const slotOf = new Map(slots.flatMap((s) => s.sessions.map((x) => [x.id, s.slot] as const)));
  const [picks, setPicks] = useState<Record<number, string[]>>(() => {
    const out: Record<number, string[]> = Object.fromEntries(slots.map((s) => [s.slot, Array.from({ length: choices }, () => '')]));
    for (const c of initial) {
      const slot = slotOf.get(c.sessionId);
      if (slot !== undefined && c.rank >= 1 && c.rank <= choices) out[slot][c.rank - 1] = c.sessionId;
    }
    return out;
  });
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setCode(null);
    setProblem(null);
    setSaved(false);
    const list = Object.values(picks).flatMap((ids) => ids.filter(Boolean).map((sessionId, i) => ({ sessionId, rank: i + 1 })));
    const ids = list.map((c) => c.sessionId);
    if (new Set(ids).size !== ids.length) return setProblem('DUPLICATE');
    const parsed = rankingSchema.safeParse({ roundId, choices: list });
    if (!parsed.success) return setCode('VALIDATION');
    setBusy(true);
    const result = await saveRankingAction({ roundId, choices: list });
    setBusy(false);
    if (!result.ok) {
      const key = result.fieldErrors?.choices?.[0];
      if (key?.startsWith('allocation.')) setProblem(key.slice(11));
      else setCode(result.code);
      return;
    }
    setSaved(true);
    router.refresh();
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-5" data-testid="ranking-form">
      <FormError code={code} testId="ranking-error" />
      {problem ? <Alert tone="error" live testId="ranking-problem">{t(`errors.${problem}` as never)}</Alert> : null}
      {slots.map((slot) => (
        <fieldset key={slot.slot} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
          <legend className="px-1 text-lg font-semibold">{slot.label}</legend>
          {slot.sessions.length === 0 ? (
            <p className="text-sm">{t('rank.nothingEligible')}</p>
          ) : (
            Array.from({ length: Math.min(choices, slot.sessions.length) }, (_, i) => (
              <Field key={i} id={`slot-${slot.slot}-rank-${i + 1}`} label={t('rank.choice', { rank: i + 1 })}>
                {(p) => (
                  <Select
                    {...p}
                    value={picks[slot.slot]?.[i] ?? ''}
                    onChange={(e) => setPicks((prev) => ({ ...prev, [slot.slot]: prev[slot.slot].map((v, j) => (j === i ? e.target.value : v)) }))}
                  >
                    <option value="">{t('rank.none')}</option>
                    {slot.sessions.map((s) => (
                      <option key={s.id} value={s.id}>{s.label}</option>
                    ))}
                  </Select>
                )}
              </Field>
            ))
          )}
        </fieldset>
      ))}
      {saved ? <Alert tone="success" live testId="ranking-saved">{t('rank.saved')}</Alert> : null}
      <Button type="submit" disabled={busy} data-testid="ranking-save">{t('rank.save')}</Button>
    </form>
  );
}
