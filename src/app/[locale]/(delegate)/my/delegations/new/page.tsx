import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Card, PageTitle } from '@/components/ui/card';
import { localized } from '@/lib/i18n/localized';
import { localeParam } from '@/lib/i18n/params';
import { requireUserPage } from '@/features/auth/loaders';
import { listEventsForRequest } from '@/features/delegations/data';
import { countriesFor } from '@/features/delegations/loaders';
import { DelegationForm } from '@/features/delegations/components/delegation-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('delegations'))('request.title') };
}

export default async function RequestDelegationPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  await requireUserPage(locale, '/my/delegations/new');
  const t = await getTranslations('delegations');
  const events = await listEventsForRequest();
  return (
    <>
      <PageTitle lead={t('request.lead')}>{t('request.title')}</PageTitle>
      <Card className="max-w-2xl">
        {events.length === 0 ? (
          <p>{t('request.noEvent')}</p>
        ) : (
          <DelegationForm mode="request" events={events.map((e) => ({ slug: e.slug, title: localized(e.title, locale, e.languages) }))} countries={countriesFor(locale)} doneHref="/my/delegations" />
        )}
      </Card>
    </>
  );
}
