import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Card, PageTitle } from '@/components/ui/card';
import { Link } from '@/lib/i18n/navigation';
import { localeParam } from '@/lib/i18n/params';
import { requireHeadedDelegationPage } from '@/features/delegations/loaders';
import { headCanManageMembers } from '@/features/delegations/policy';
import { ImportForm } from '@/features/delegations/components/import-form';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('delegations'))('import.title') };
}

export default async function ImportMembersPage({ params }: Props) {
  const locale = await localeParam(params);
  const { id } = await params;
  const { delegation } = await requireHeadedDelegationPage(locale, id, `/my/delegations/${id}/import`);
  const t = await getTranslations('delegations');
  return (
    <>
      <PageTitle lead={t('import.lead')}>{`${t('import.title')} — ${delegation.name}`}</PageTitle>
      <p className="mb-4"><Link href={`/my/delegations/${id}`} className="text-brand-700 underline">{t('head.back')}</Link></p>
      <Card className="space-y-4">
        <p>
          {t('import.template')}{' '}
          <a href="/api/delegations/template?format=csv" className="text-brand-700 underline" download>{t('import.templateCsv')}</a>
          {' · '}
          <a href="/api/delegations/template?format=xlsx" className="text-brand-700 underline" download>{t('import.templateXlsx')}</a>
        </p>
        {headCanManageMembers(delegation.status) ? <ImportForm delegationId={id} /> : <Alert tone="info">{t('head.notApproved')}</Alert>}
      </Card>
    </>
  );
}
