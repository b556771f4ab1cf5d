'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { FormError } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { useRouter } from '@/lib/i18n/navigation';
import { reversePaymentAction } from '../actions';
import { newKey } from './use-money-message';

/** A correction: a reversal (entry error) or a refund, with its reason; never an edit. */
export function ReverseEntry({ entryId }: { entryId: string }) {
  const t = useTranslations('money');
  const router = useRouter();
  const [note, setNote] = useState('');
  const [key] = useState(newKey);
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState<ErrorCode | null>(null);
  const run = async (kind: 'REVERSAL' | 'REFUND') => {
    setBusy(true);
    setCode(null);
    const result = await reversePaymentAction({ entryId, kind, note, idempotencyKey: key });
    setBusy(false);
    if (!result.ok) return setCode(result.code);
    router.refresh();
  };
  const id = `reverse-${entryId}`;
  return (
    <details>
      <summary className="cursor-pointer text-brand-700 underline min-h-11 inline-flex items-center">{t('staff.actions')}</summary>
      <div className="mt-2 space-y-2">
        <FormError code={code} testId={`${id}-error`} />
        <label htmlFor={id} className="block text-sm font-medium">
          {t('staff.reason')}
        </label>
        <Input id={id} value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="secondary" disabled={busy || !note.trim()} onClick={() => run('REVERSAL')}>
            {t('staff.reverse')}
          </Button>
          <Button type="button" variant="danger" disabled={busy || !note.trim()} onClick={() => run('REFUND')}>
            {t('staff.refund')}
          </Button>
        </div>
      </div>
    </details>
  );
}
