import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Card, PageTitle } from '@/components/ui/card';
import { localeParam } from '@/lib/i18n/params';
import { requireUserPage } from '@/features/auth/loaders';
import { JoinForm } from '@/features/delegations/components/join-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('delegations'))('join.title') };
}

export default async function JoinDelegationPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  await requireUserPage(locale, '/my/delegations/join');
  const t = await getTranslations('delegations');
  return (
    <>
      <PageTitle lead={t('join.lead')}>{t('join.title')}</PageTitle>
      <Card className="max-w-xl">
        <JoinForm />
      </Card>
    </>
  );
}
