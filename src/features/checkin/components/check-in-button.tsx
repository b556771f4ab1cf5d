'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { checkInAction } from '../actions';
import { CheckInOutcomeCard, type CheckInResult } from './person-card';

/** The "Check in" button of one search result; shows the outcome in place. */
export function CheckInButton({ eventSlug, registrationId, name, timeZone, locale }: { eventSlug: string; registrationId: string; name: string; timeZone: string; locale: 'fr' | 'en' | 'es' | 'pt' }) {
  const t = useTranslations('checkin');
  const [pending, start] = useTransition();
  const [result, setResult] = useState<CheckInResult | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  return (
    <div className="space-y-2">
      <Button
        disabled={pending}
        aria-label={t('checkInName', { name })}
        data-testid="check-in-button"
        onClick={() =>
          start(async () => {
            const res = await checkInAction({ eventSlug, registrationId, locale });
            if (res.ok) {
              setResult(res.data);
              setError(null);
            } else setError(res.code);
          })
        }
      >
        {pending ? t('working') : t('checkIn')}
      </Button>
      {result ? <CheckInOutcomeCard result={result} timeZone={timeZone} locale={locale} /> : null}
      <FormError code={error} testId="check-in-error" />
    </div>
  );
}
