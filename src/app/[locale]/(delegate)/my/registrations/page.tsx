import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Badge, Card, PageTitle } from '@/components/ui/card';
import { formatDayRange } from '@/lib/dates';
import { localized } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { localeParam } from '@/lib/i18n/params';
import { requireUserPage } from '@/features/auth/loaders';
import { listOwnRegistrations } from '@/features/registrations/data';
import { statusTone } from '@/features/registrations/components/status-badge';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('registration'))('my.title') };
}

export default async function MyRegistrationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  const actor = await requireUserPage(locale, '/my/registrations');
  const t = await getTranslations('registration');
  const rows = await listOwnRegistrations(actor.id);
  return (
    <>
      <PageTitle lead={t('my.lead')}>{t('my.title')}</PageTitle>
      {rows.length === 0 ? <p>{t('my.empty')}</p> : null}
      <ul className="space-y-3">
        {rows.map((r) => (
          <li key={r.id}>
            <Card className="space-y-2">
              <h2 className="text-lg font-semibold">
                <Link href={`/my/registrations/${r.event.slug}`} className="text-brand-700 underline">
                  {localized(r.event.title, locale, r.event.languages)}
                </Link>
              </h2>
              <p className="text-sm text-stone-700">{formatDayRange(r.event.startDate, r.event.endDate, locale)}</p>
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-mono">{r.referenceNumber}</span>
                <Badge tone={statusTone(r.status)}>{t(`statuses.${r.status}`)}</Badge>
              </p>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
