import { getTranslations } from 'next-intl/server';
import { Badge, Card } from '@/components/ui/card';
import { formatInstant } from '@/lib/dates';
import type { AppLocale } from '@/lib/i18n/locales';
import { findOwnBursary } from '../data';
import { formatMoney } from '../money';

/** The delegate's bursary request and the secretariat's decision, on their registration page. */
export async function OwnBursary({ userId, slug, locale }: { userId: string; slug: string; locale: AppLocale }) {
  const b = await findOwnBursary(userId, slug);
  if (!b) return null;
  const t = await getTranslations('bursaries');
  const money = (minor: number) => formatMoney(minor, b.event.currency, locale);
  const status = b.bursaryStatus ?? 'PENDING';
  const granted = status === 'GRANTED' || status === 'PARTIAL';
  return (
    <Card className="space-y-2">
      <h2 className="text-lg font-semibold">{t('mine.title')}</h2>
      <div data-testid="own-bursary" className="space-y-1">
        {b.bursaryAmountMinor !== null ? <p>{t('mine.asked', { amount: money(b.bursaryAmountMinor) })}</p> : null}
        <p>
          <Badge tone={granted ? 'green' : status === 'DECLINED' ? 'red' : 'amber'}>{t(`status.${status}`)}</Badge>
          {b.bursaryDecidedAt ? <span className="ml-2 text-sm text-stone-700">{formatInstant(b.bursaryDecidedAt, locale, b.event.timeZone)}</span> : null}
        </p>
        {granted && b.bursaryGrantedMinor !== null ? <p className="font-semibold" data-testid="own-bursary-granted">{t('mine.granted', { amount: money(b.bursaryGrantedMinor) })}</p> : null}
        {granted && b.bursaryFeeCoverMinor ? <p>{t('mine.feeCover', { amount: money(b.bursaryFeeCoverMinor) })}</p> : null}
        {b.bursaryDecisionReason ? <p className="whitespace-pre-line break-words">{t('mine.reason', { reason: b.bursaryDecisionReason })}</p> : null}
        {status === 'PENDING' ? <p className="text-sm text-stone-700">{t('mine.pending')}</p> : null}
      </div>
    </Card>
  );
}
