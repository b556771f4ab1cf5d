import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { localized } from '@/lib/i18n/localized';
import { localeParam } from '@/lib/i18n/params';
import { requireRolePage } from '@/features/auth/loaders';
import { findEventForDelegations } from '@/features/delegations/data';
import { countriesFor } from '@/features/delegations/loaders';
import { DelegationForm } from '@/features/delegations/components/delegation-form';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('delegations'))('staff.new') };
}

export default async function NewDelegationPage({ params }: Props) {
  const locale = await localeParam(params);
  const { slug } = await params;
  await requireRolePage(locale, `/staff/events/${slug}/delegations/new`, 'SECRETARIAT');
  const event = await findEventForDelegations(slug);
  if (!event) notFound();
  const t = await getTranslations('delegations');
  return (
    <div className="space-y-4">
      <h2 className="text-xl font-semibold">{t('staff.new')}</h2>
      <Card className="max-w-2xl">
        <DelegationForm mode="create" events={[{ slug, title: localized(event.title, locale, event.languages) }]} countries={countriesFor(locale)} doneHref={`/staff/events/${slug}/delegations/{id}`} />
      </Card>
    </div>
  );
}
