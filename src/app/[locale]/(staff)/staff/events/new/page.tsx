import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageTitle } from '@/components/ui/card';
import { countryOptions } from '@/lib/geo';
import { localized } from '@/lib/i18n/localized';
import { localeParam } from '@/lib/i18n/params';
import { requireRolePage } from '@/features/auth/loaders';
import { listCopySources } from '@/features/events/data';
import { EventForm } from '@/features/events/components/event-form';
import { emptyEventForm } from '@/features/events/form-values';
import { timeZoneOptions } from '@/features/events/schema';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('events'))('form.createTitle') };
}

export default async function NewEventPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  await requireRolePage(locale, '/staff/events/new', 'SECRETARIAT');
  const t = await getTranslations('events.form');
  const sources = await listCopySources();
  return (
    <>
      <PageTitle lead={t('createLead')}>{t('createTitle')}</PageTitle>
      <EventForm
        initial={emptyEventForm()}
        countries={countryOptions(locale).map((c) => ({ value: c.code, label: c.name }))}
        timeZones={timeZoneOptions()}
        sources={sources.map((s) => ({ value: s.id, label: `${s.code} — ${localized(s.title, locale, s.languages)}` }))}
      />
    </>
  );
}
