'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { setUserDisabled } from '../actions';

export function DisableButton({ userId, disabled, userName }: { userId: string; disabled: boolean; userName: string }) {
  const t = useTranslations('staff.users');
  const [current, setCurrent] = useState(disabled);
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-1">
      <Button
        variant={current ? 'secondary' : 'danger'}
        disabled={pending}
        aria-label={t(current ? 'enableOf' : 'disableOf', { name: userName })}
        onClick={() => {
          if (!current && !window.confirm(t('confirmDisable', { name: userName }))) return;
          startTransition(async () => {
            setCode(null);
            const result = await setUserDisabled({ userId, disabled: !current });
            if (result.ok) setCurrent(!current);
            else setCode(result.code);
          });
        }}
      >
        {t(current ? 'enable' : 'disable')}
      </Button>
      <FormError code={code} testId={`disable-error-${userId}`} />
    </div>
  );
}
