import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Badge, Card, PageTitle } from '@/components/ui/card';
import { formatDayRange } from '@/lib/dates';
import { localized } from '@/lib/i18n/localized';
import { localeParam } from '@/lib/i18n/params';
import { Link } from '@/lib/i18n/navigation';
import { requireRolePage } from '@/features/auth/loaders';
import { staffEventSummaries } from '@/features/events/data';
import { checkedInByEvent } from '@/features/dashboard/data';

const STATUSES = ['SUBMITTED', 'APPROVED', 'WAITLISTED', 'REJECTED', 'CANCELLED'] as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff'))('dashboard.title') };
}

export default async function StaffDashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  await requireRolePage(locale, '/staff', 'ORGANIZER', 'SECRETARIAT');
  const t = await getTranslations('staff');
  const tStatus = await getTranslations('common.registrationStatus');
  const tDash = await getTranslations('dashboard');
  const [events, checkedIn] = await Promise.all([staffEventSummaries(), checkedInByEvent()]);
  return (
    <>
      <PageTitle lead={t('dashboard.lead')}>{t('dashboard.title')}</PageTitle>
      <div className="grid gap-4 md:grid-cols-2">
        {events.map((event) => (
          <Card key={event.id} className="space-y-3">
            <h2 className="text-lg font-semibold">
              <Link href={`/events/${event.slug}`} className="text-brand-700 underline-offset-4 hover:underline">
                {localized(event.title, locale, event.languages)}
              </Link>
            </h2>
            <p className="text-sm text-stone-700">
              {formatDayRange(event.startDate, event.endDate, locale)} · <Badge>{t(`eventStatus.${event.status}`)}</Badge>
            </p>
            <p>{t('dashboard.seats', { taken: event.seatsTaken, capacity: event.capacity ?? '∞' })}</p>
            <p data-testid="checked-in-count">{tDash('checkedInCount', { count: checkedIn.get(event.id) ?? 0 })}</p>
            <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-3">
              {STATUSES.map((status) => (
                <div key={status} className="rounded bg-stone-100 p-2">
                  <dt>{tStatus(status)}</dt>
                  <dd className="text-lg font-semibold">{event.counts[status] ?? 0}</dd>
                </div>
              ))}
            </dl>
            <Link href={`/staff/events/${event.slug}`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-4">
              {tDash('openEvent')}
            </Link>
          </Card>
        ))}
      </div>
    </>
  );
}
