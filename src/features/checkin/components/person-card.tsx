'use client';

import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';

export type CheckInPerson = {
  id: string;
  reference: string;
  firstName: string;
  lastName: string;
  organization: string;
  country: string;
  participantType: string;
  status: string;
  delegation: string | null;
  checkedInAt: string | null;
  paymentStatus: string;
  /** What is still owed, formatted; null when nothing is. */
  balance: string | null;
};
export type CheckInResult = { outcome: 'CHECKED_IN' | 'ALREADY' | 'NOT_APPROVED'; person: CheckInPerson };

/** Who was scanned, their status, and what happened (announced to screen readers). */
export function CheckInOutcomeCard({ result, timeZone, locale }: { result: CheckInResult; timeZone: string; locale: string }) {
  const t = useTranslations('checkin');
  const tx = useTranslations('exports.values');
  const tm = useTranslations('money');
  const p = result.person;
  const time = p.checkedInAt ? new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(p.checkedInAt)) : '';
  const tone = result.outcome === 'CHECKED_IN' ? 'success' : result.outcome === 'ALREADY' ? 'warning' : 'error';
  return (
    <Alert tone={tone} live testId="check-in-outcome">
      <p className="text-lg font-bold">
        {result.outcome === 'CHECKED_IN' ? t('outcome.CHECKED_IN', { time }) : result.outcome === 'ALREADY' ? t('outcome.ALREADY', { time }) : t('outcome.NOT_APPROVED', { status: tx(`status.${p.status}`) })}
      </p>
      <p className="mt-1 text-xl font-semibold">
        {p.firstName} {p.lastName.toUpperCase()}
      </p>
      <p>
        {p.organization} · {p.country}
      </p>
      <p className="text-sm">
        {tx(`participantType.${p.participantType}`)} · {tx(`status.${p.status}`)}
        {p.delegation ? ` · ${p.delegation}` : ''} · <span className="font-mono">{p.reference}</span>
      </p>
      {p.balance ? (
        <p className="mt-1 font-semibold" data-testid="check-in-balance">
          {tm('checkin.balance', { amount: p.balance })}
        </p>
      ) : null}
    </Alert>
  );
}
