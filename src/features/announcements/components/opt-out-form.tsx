'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { setAnnouncementsOptOutAction } from '../actions';

/** The account's announcements setting (messages about the person's own registration always arrive). */
export function OptOutForm({ optOut }: { optOut: boolean }) {
  const t = useTranslations('announcements');
  const [checked, setChecked] = useState(optOut);
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setSaved(false);
    setCode(null);
    const result = await setAnnouncementsOptOutAction({ optOut: checked });
    setBusy(false);
    if (!result.ok) return setCode(result.code);
    setSaved(true);
  };
  return (
    <form onSubmit={submit} className="space-y-3" data-testid="opt-out-form">
      <fieldset className="space-y-2">
        <legend className="font-medium">{t('optOut.legend')}</legend>
        <FormError code={code} testId="opt-out-error" />
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" className="h-5 w-5" checked={checked} onChange={(e) => setChecked(e.target.checked)} aria-describedby="opt-out-hint" data-testid="opt-out" />
          {t('optOut.label')}
        </label>
        <p id="opt-out-hint" className="text-sm text-stone-700">
          {t('optOut.hint')}
        </p>
      </fieldset>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary" disabled={busy}>
          {t('optOut.save')}
        </Button>
        {saved ? (
          <span role="status" className="text-sm text-brand-700">
            {t('optOut.saved')}
          </span>
        ) : null}
      </div>
    </form>
  );
}
