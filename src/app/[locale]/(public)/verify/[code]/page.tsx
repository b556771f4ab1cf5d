import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Badge, Card, PageTitle } from '@/components/ui/card';
import { formatDayRange } from '@/lib/dates';
import { countryName } from '@/lib/geo';
import { localized } from '@/lib/i18n/localized';
import { localeParam } from '@/lib/i18n/params';
import { requestIp } from '@/lib/request-ip';
import { verifyLetter } from '@/features/visa-letters/verify';

type Props = { params: Promise<{ locale: string; code: string }> };

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('visaLetters'))('verify.title'), robots: { index: false, follow: false, nocache: true }, referrer: 'no-referrer' };
}

/** The client address by the platform's rule (X-Forwarded-For only behind TRUSTED_PROXIES). */
async function clientKey(): Promise<string> {
  return (await requestIp()) ?? 'unknown';
}

/**
 * Public verification of a visa letter (an embassy scans the QR code): no
 * sign-in, only number, holder, nationality, event, dates and valid/revoked.
 * Rate-limited per client; 404 for an unknown code.
 */
export default async function VerifyLetterPage({ params }: Props) {
  const locale = await localeParam(params);
  const { code } = await params;
  const t = await getTranslations('visaLetters.verify');
  const result = await verifyLetter(code, await clientKey());
  if (result.kind === 'notFound') notFound();
  if (result.kind === 'limited') {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <PageTitle>{t('title')}</PageTitle>
        <Alert tone="error" testId="verify-limited">{t('rateLimited')}</Alert>
      </div>
    );
  }
  const v = result.view;
  const fmt = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <PageTitle lead={t('intro')}>{t('title')}</PageTitle>
      <Card>
        <dl className="grid gap-3 sm:grid-cols-[12rem_1fr]" data-testid="verify-details">
          <dt className="font-medium">{t('status')}</dt>
          <dd data-testid="verify-status">{v.valid ? <Badge tone="green">{t('valid')}</Badge> : <Badge tone="red">{t('revoked')}</Badge>}</dd>
          {!v.valid && v.revokedAt ? (
            <>
              <dt className="font-medium">{t('revokedOn')}</dt>
              <dd>{fmt.format(v.revokedAt)}</dd>
            </>
          ) : null}
          <dt className="font-medium">{t('number')}</dt>
          <dd className="font-mono" data-testid="verify-number">{v.number}</dd>
          <dt className="font-medium">{t('holder')}</dt>
          <dd className="text-lg font-semibold" data-testid="verify-holder">{v.holderName}</dd>
          <dt className="font-medium">{t('nationality')}</dt>
          <dd>{countryName(v.nationality, locale)}</dd>
          <dt className="font-medium">{t('event')}</dt>
          <dd>{localized(v.event.title, locale, v.event.languages)}</dd>
          <dt className="font-medium">{t('dates')}</dt>
          <dd>{formatDayRange(v.startDate, v.endDate, locale)}</dd>
        </dl>
      </Card>
    </div>
  );
}
