'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';
import { FormError, useValidationMessage } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { useSearchParams } from 'next/navigation';
import { usePathname, useRouter } from '@/lib/i18n/navigation';
import { issueVisaLetters, revokeVisaLetter } from '../actions';
import type { IssueLettersInput } from '../schema';

/**
 * Issues one letter, or every waiting letter of the current filter. The count issued is
 * said by the page (`?issued=N`): an issued request leaves the queue, and with it its row's
 * button, so a notice kept in the row would vanish before anyone read it.
 */
export function IssueButton({ input, label, variant = 'primary', testId }: { input: IssueLettersInput; label: string; variant?: 'primary' | 'secondary'; testId?: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState<ErrorCode | null>(null);
  const click = async () => {
    setBusy(true);
    setCode(null);
    const result = await issueVisaLetters(input).catch(() => ({ ok: false as const, code: 'INTERNAL' as const }));
    setBusy(false);
    if (!result.ok) return setCode(result.code);
    const next = new URLSearchParams(searchParams.toString());
    next.set('issued', String(result.data.issued.length));
    router.replace(`${pathname}?${next.toString()}`, { scroll: false });
  };
  return (
    <div className="space-y-2">
      <FormError code={code} />
      <Button type="button" variant={variant} onClick={click} disabled={busy} data-testid={testId}>{label}</Button>
    </div>
  );
}

/** Revoke with a reason (required), behind a disclosure so it is never one click. */
export function RevokeForm({ letterId, number }: { letterId: string; number: string }) {
  const t = useTranslations('visaLetters.queue');
  const message = useValidationMessage();
  const router = useRouter();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [error, setError] = useState<string | undefined>();
  const id = `revoke-${letterId}`;
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setCode(null);
    setError(undefined);
    const result = await revokeVisaLetter({ letterId, reason }).catch(() => ({ ok: false as const, code: 'INTERNAL' as const, fieldErrors: undefined }));
    setBusy(false);
    if (!result.ok) {
      if (result.fieldErrors?.reason) return setError(message(result.fieldErrors.reason[0]));
      return setCode(result.code);
    }
    router.refresh();
  };
  return (
    <details>
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-red-800 underline">{t('revoke')}</summary>
      <form onSubmit={submit} noValidate className="mt-2 space-y-2">
        <FormError code={code} />
        <Field id={id} label={t('revokeReason', { number })} error={error} required>
          {(p) => <Textarea {...p} rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <Button type="submit" variant="danger" disabled={busy}>{t('revokeSubmit')}</Button>
      </form>
    </details>
  );
}
