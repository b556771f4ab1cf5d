import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/lib/i18n/params';
import { requireRolePage } from '@/features/auth/loaders';
import { loadDashboard } from '@/features/dashboard/data';
import { DashboardView, type Translate } from '@/features/dashboard/components/dashboard-view';
import { findCheckInEvent } from '@/features/checkin/data';
import { LiveCheckInCount } from '@/features/checkin/components/live-count';
import { BursaryDashboardCard } from '@/features/bursaries/components/dashboard-card';
import { feeCategoriesOf, moneySummary } from '@/features/money/data';
import { MoneySummary } from '@/features/money/components/money-summary';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('title') };
}

/** The per-event staff dashboard: aggregate figures and server-rendered charts. */
export default async function EventDashboardPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const locale = await localeParam(params);
  const { slug } = await params;
  await requireRolePage(locale, `/staff/events/${slug}`, 'ORGANIZER', 'SECRETARIAT');
  const event = await findCheckInEvent(slug);
  if (!event) notFound();
  const [t, data, money, categories] = await Promise.all([getTranslations(), loadDashboard(event.id, event.timeZone), moneySummary(event.id), feeCategoriesOf(event.id)]);
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <h2 className="text-xl font-bold">{t('dashboard.title')}</h2>
        <p className="text-stone-700">{t('dashboard.lead', { timeZone: event.timeZone })}</p>
      </div>
      <DashboardView
        data={data}
        t={t as unknown as Translate}
        locale={locale}
        languages={event.languages}
        liveCount={<LiveCheckInCount key={data.summary.checkedIn} eventSlug={slug} initial={{ checkedIn: data.summary.checkedIn, expected: data.summary.approved }} />}
      />
      <BursaryDashboardCard slug={slug} locale={locale} />
      <MoneySummary rows={money} categories={categories} locale={locale} languages={event.languages} />
    </div>
  );
}
