'use client';

import { useState, useTransition } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { isLocale } from '@/lib/i18n/locales';
import { Button } from '@/components/ui/button';
import { useRouter } from '@/lib/i18n/navigation';
import { postCommand } from '@/lib/command-client';
import { cancelEnrolmentAction } from '../actions';
import type { EnrolOutcome } from '../mutations';

export type EnrolState = { status: 'ENROLLED' } | { status: 'WAITLISTED'; rank: number } | { status: 'NONE' };

/**
 * Enrol / cancel for one session, with the outcome announced; a refused overlap names
 * the session it clashes with (the server sends its title in the page's language).
 */
export function EnrolButton({ sessionId, title, state, full }: { sessionId: string; title: string; state: EnrolState; full: boolean }) {
  const t = useTranslations('agenda.enrol');
  const router = useRouter();
  const locale = useLocale();
  const [pending, startTransition] = useTransition();
  const [current, setCurrent] = useState<EnrolState>(state);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const enrol = () =>
    startTransition(async () => {
      setError(null);
      setNotice(null);
      const result = await postCommand<EnrolOutcome>(`/api/sessions/${encodeURIComponent(sessionId)}/enrolment`, { locale: isLocale(locale) ? locale : undefined });
      if (result.ok) {
        const next: EnrolState = result.data.status === 'ENROLLED' ? { status: 'ENROLLED' } : { status: 'WAITLISTED', rank: result.data.rank };
        setCurrent(next);
        setNotice(next.status === 'ENROLLED' ? t('enrolled') : t('waitlisted', { rank: next.rank }));
        router.refresh();
        return;
      }
      if (result.code === 'CONFLICT' && result.fieldErrors?.clash?.[0]) {
        setError(t('clash', { title: result.fieldErrors.clashTitle?.[0] || t('anotherSession') }));
      } else if (result.fieldErrors?.reason?.[0] === 'NOT_ELIGIBLE') setError(t('notEligible'));
      else if (result.fieldErrors?.reason?.[0] === 'NO_REGISTRATION') setError(t('noRegistration'));
      else if (result.code === 'DEADLINE_PASSED') setError(t('started'));
      else if (result.code === 'UNAUTHENTICATED') setError(t('signIn'));
      else setError(t('failed'));
    });

  const cancel = () =>
    startTransition(async () => {
      setError(null);
      setNotice(null);
      const result = await cancelEnrolmentAction({ sessionId });
      if (result.ok) {
        setCurrent({ status: 'NONE' });
        setNotice(t('cancelled'));
        router.refresh();
      } else setError(t('failed'));
    });

  return (
    <div className="space-y-2" data-testid={`enrol-${sessionId}`}>
      {current.status === 'ENROLLED' ? <p className="font-medium text-brand-800">{t('youAreEnrolled')}</p> : null}
      {current.status === 'WAITLISTED' ? <p className="font-medium text-amber-900">{t('youAreWaiting', { rank: current.rank })}</p> : null}
      <div className="flex flex-wrap gap-2">
        {current.status === 'NONE' ? (
          <Button onClick={enrol} disabled={pending} aria-label={t(full ? 'joinWaitlistFor' : 'enrolIn', { title })}>
            {full ? t('joinWaitlist') : t('enrol')}
          </Button>
        ) : (
          <Button variant="secondary" onClick={cancel} disabled={pending} aria-label={t('cancelFor', { title })}>
            {current.status === 'ENROLLED' ? t('cancel') : t('leaveWaitlist')}
          </Button>
        )}
      </div>
      <div aria-live="polite" className="text-sm">
        {notice ? <p className="text-brand-800" data-testid="enrol-notice">{notice}</p> : null}
        {error ? <p className="font-medium text-red-700" data-testid="enrol-error">{error}</p> : null}
      </div>
    </div>
  );
}
