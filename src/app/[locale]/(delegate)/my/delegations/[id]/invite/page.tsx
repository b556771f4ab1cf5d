import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Card, PageTitle } from '@/components/ui/card';
import { Link } from '@/lib/i18n/navigation';
import { localeParam } from '@/lib/i18n/params';
import { countriesFor, requireHeadedDelegationPage } from '@/features/delegations/loaders';
import { headCanManageMembers } from '@/features/delegations/policy';
import { InviteForm } from '@/features/delegations/components/invite-form';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('delegations'))('invite.title') };
}

export default async function InviteMemberPage({ params }: Props) {
  const locale = await localeParam(params);
  const { id } = await params;
  const { delegation } = await requireHeadedDelegationPage(locale, id, `/my/delegations/${id}/invite`);
  const t = await getTranslations('delegations');
  return (
    <>
      <PageTitle lead={t('invite.lead')}>{`${t('invite.title')} — ${delegation.name}`}</PageTitle>
      <p className="mb-4"><Link href={`/my/delegations/${id}`} className="text-brand-700 underline">{t('head.back')}</Link></p>
      <Card className="max-w-2xl">
        {headCanManageMembers(delegation.status) ? <InviteForm delegationId={id} countries={countriesFor(locale)} defaultLanguage={locale} /> : <Alert tone="info">{t('head.notApproved')}</Alert>}
      </Card>
    </>
  );
}
