import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Badge, Card, PageTitle } from '@/components/ui/card';
import { formatDayRange } from '@/lib/dates';
import { localized } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { localeParam } from '@/lib/i18n/params';
import { requireUserPage } from '@/features/auth/loaders';
import { listOwnRegistrations } from '@/features/enrolment/data';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('agenda'))('title') };
}

export default async function AgendaIndexPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  const actor = await requireUserPage(locale, '/my/agenda');
  const t = await getTranslations('agenda');
  const tc = await getTranslations('common');
  const registrations = await listOwnRegistrations(actor.id);
  return (
    <div className="space-y-4">
      <PageTitle lead={t('indexLead')}>{t('title')}</PageTitle>
      {registrations.length === 0 ? <p>{t('noRegistration')}</p> : null}
      <ul className="space-y-3">
        {registrations.map((r) => (
          <li key={r.id}>
            <Card className="space-y-2">
              <h2 className="text-lg font-semibold">
                <Link href={`/my/agenda/${r.event.slug}`} className="underline-offset-4 hover:underline">
                  {localized(r.event.title, locale, r.event.languages)}
                </Link>
              </h2>
              <p className="text-sm text-stone-700">
                {r.event.city} · {formatDayRange(r.event.startDate, r.event.endDate, locale)}
              </p>
              <p>
                <Badge>{tc(`registrationStatus.${r.status}`)}</Badge> <span className="text-sm">{r.referenceNumber}</span>
              </p>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
