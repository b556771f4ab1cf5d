'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { useRouter } from '@/lib/i18n/navigation';
import { joinAcceptedDelegation } from '../actions';

/** For a member registered outside the delegation they accepted: join it now (if a seat is free). */
export function JoinAcceptedButton({ delegationId }: { delegationId: string }) {
  const t = useTranslations('delegations.my');
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState<ErrorCode | null>(null);
  const join = async () => {
    setBusy(true);
    setCode(null);
    const result = await joinAcceptedDelegation({ delegationId });
    setBusy(false);
    if (!result.ok) return setCode(result.code);
    router.refresh();
  };
  return (
    <div className="space-y-2">
      <FormError code={code} />
      <Button onClick={join} disabled={busy} data-testid="pending-join">{t('joinNow')}</Button>
    </div>
  );
}
