'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { useRouter } from '@/lib/i18n/navigation';
import { cancelRegistration } from '../actions';

/** Cancel with an explicit second step (no browser dialog: it reads badly on phones and in screen readers). */
export function CancelRegistration({ registrationId, slug }: { registrationId: string; slug: string }) {
  const t = useTranslations('registration');
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState<ErrorCode | null>(null);
  if (!asking) {
    return (
      <Button variant="danger" onClick={() => setAsking(true)} data-testid="cancel-registration">
        {t('actions.cancel')}
      </Button>
    );
  }
  const confirm = async () => {
    setBusy(true);
    setCode(null);
    const result = await cancelRegistration({ registrationId });
    setBusy(false);
    if (!result.ok) return setCode(result.code);
    router.replace(`/my/registrations/${slug}?cancelled=1`);
    router.refresh();
  };
  return (
    <div className="space-y-3 rounded-md border border-red-700 bg-red-50 p-4" role="group" aria-labelledby="cancel-question">
      <p id="cancel-question" className="font-medium">{t('actions.cancelConfirm')}</p>
      <FormError code={code} />
      <div className="flex flex-wrap gap-3">
        <Button variant="danger" onClick={confirm} disabled={busy} data-testid="cancel-confirm">{t('actions.cancelYes')}</Button>
        <Button variant="secondary" onClick={() => setAsking(false)} disabled={busy}>{t('actions.keep')}</Button>
      </div>
    </div>
  );
}
