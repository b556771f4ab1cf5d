import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Badge, PageTitle } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/button';
import { Table, Td } from '@/components/ui/table';
import { formatDayRange } from '@/lib/dates';
import { localized } from '@/lib/i18n/localized';
import { localeParam } from '@/lib/i18n/params';
import { Link } from '@/lib/i18n/navigation';
import { requireRolePage } from '@/features/auth/loaders';
import { staffEventSummaries } from '@/features/events/data';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('events'))('list.title') };
}

/** Every event, drafts included, with its status; the secretariat's entry to create and manage them. */
export default async function EventsListPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  await requireRolePage(locale, '/staff/events', 'SECRETARIAT');
  const t = await getTranslations('events');
  const tStaff = await getTranslations('staff');
  const events = await staffEventSummaries();
  return (
    <>
      <PageTitle lead={t('list.lead')}>{t('list.title')}</PageTitle>
      <Link href="/staff/events/new" className={buttonClass('primary')} data-testid="new-event">{t('list.new')}</Link>
      {events.length === 0 ? <p>{t('list.empty')}</p> : (
        <Table caption={t('list.title')} head={[t('list.name'), t('list.dates'), t('list.status'), t('list.registrations'), t('list.manage')]}>
          {events.map((e) => (
            <tr key={e.id} data-testid={`event-row-${e.slug}`}>
              <Td>{localized(e.title, locale, e.languages)}</Td>
              <Td className="whitespace-nowrap">{formatDayRange(e.startDate, e.endDate, locale)}</Td>
              <Td><Badge tone={e.status === 'OPEN' ? 'green' : e.status === 'DRAFT' ? 'amber' : 'neutral'}>{tStaff(`eventStatus.${e.status}`)}</Badge></Td>
              <Td>{Object.values(e.counts).reduce((a, b) => a + b, 0)}</Td>
              <Td>
                <span className="flex flex-wrap gap-x-3">
                  <Link href={`/staff/events/${e.slug}/edit`} className="inline-flex min-h-11 items-center text-brand-700 underline">{t('list.edit')}</Link>
                  <Link href={`/staff/events/${e.slug}`} className="inline-flex min-h-11 items-center text-brand-700 underline">{t('list.manage')}</Link>
                </span>
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
