'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { useRouter } from '@/lib/i18n/navigation';
import { leaveDelegation } from '../actions';

export function LeaveButton({ registrationId, delegation }: { registrationId: string; delegation: string }) {
  const t = useTranslations('delegations.my');
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState<ErrorCode | null>(null);
  const leave = async () => {
    if (!window.confirm(t('leaveConfirm', { delegation }))) return;
    setBusy(true);
    setCode(null);
    const result = await leaveDelegation({ registrationId });
    setBusy(false);
    if (!result.ok) return setCode(result.code);
    router.refresh();
  };
  return (
    <div className="space-y-2">
      <FormError code={code} />
      <Button variant="secondary" onClick={leave} disabled={busy}>{t('leave')}</Button>
    </div>
  );
}
