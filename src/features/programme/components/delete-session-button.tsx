'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { useRouter } from '@/lib/i18n/navigation';
import { deleteSessionAction } from '../actions';

export function DeleteSessionButton({ eventId, sessionId, slug }: { eventId: string; sessionId: string; slug: string }) {
  const t = useTranslations('programme');
  const router = useRouter();
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [reason, setReason] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="space-y-2">
      <FormError code={code} testId="delete-session-error" />
      {reason ? <p className="text-sm font-medium text-red-700">{t('messages.sessionHasEnrolments')}</p> : null}
      {confirming ? (
        <div className="flex flex-wrap gap-2">
          <Button
            variant="danger"
            onClick={async () => {
              const result = await deleteSessionAction({ eventId, id: sessionId });
              if (result.ok) {
                router.push(`/staff/events/${slug}/programme`);
                router.refresh();
              } else {
                setCode(result.code);
                setReason(result.fieldErrors?._form?.[0] ?? null);
                setConfirming(false);
              }
            }}
          >
            {t('confirmDelete')}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </Button>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t('deleteSession')}
        </Button>
      )}
    </div>
  );
}
