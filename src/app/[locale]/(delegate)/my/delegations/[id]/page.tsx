import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { Badge, Card, PageTitle } from '@/components/ui/card';
import { appUrl } from '@/lib/env';
import { countryName } from '@/lib/geo';
import { localized } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { localeParam } from '@/lib/i18n/params';
import { listMembers } from '@/features/delegations/data';
import { requireHeadedDelegationPage } from '@/features/delegations/loaders';
import { headCanManageMembers } from '@/features/delegations/policy';
import { MembersTable } from '@/features/delegations/components/members-table';
import { delegationTone } from '@/features/delegations/components/status';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('delegations'))('my.title') };
}

export default async function HeadDashboardPage({ params }: Props) {
  const locale = await localeParam(params);
  const { id } = await params;
  const { delegation: d } = await requireHeadedDelegationPage(locale, id, `/my/delegations/${id}`);
  const t = await getTranslations('delegations');
  const members = await listMembers(d.id, d.eventId);
  const open = headCanManageMembers(d.status);
  const notYet = members.filter((m) => m.status === 'INVITED' || m.status === 'ACCOUNT_CREATED' || m.status === 'INCOMPLETE').length;
  const visa = members.filter((m) => m.visaLetterPending).length;
  const bursary = members.filter((m) => m.bursaryPending).length;
  const link = `${appUrl()}/${locale}/delegations/join/${d.invitationCode}`;
  const place = [d.country ? countryName(d.country, locale) : null, d.network].filter(Boolean).join(' — ');
  return (
    <>
      <PageTitle lead={`${localized(d.event.title, locale, d.event.languages)}${place ? ` — ${place}` : ''}`}>{d.name}</PageTitle>
      <div className="mb-6 grid gap-4 md:grid-cols-3">
        <Card className="space-y-2">
          <h2 className="font-semibold">{t('head.summary')}</h2>
          <p><Badge tone={delegationTone(d.status)}>{t(`statuses.${d.status}`)}</Badge></p>
          <p data-testid="quota-use">{t('my.quotaUse', { used: d.memberCount, quota: d.quota })}</p>
          <progress className="h-2 w-full" max={d.quota} value={d.memberCount} aria-label={t('my.quotaUse', { used: d.memberCount, quota: d.quota })} />
          <p>{t('head.pendingInvites', { count: notYet })}</p>
        </Card>
        <Card className="space-y-2">
          <h2 className="font-semibold">{t('head.documents')}</h2>
          <p>{t('head.visaPending', { count: visa })}</p>
          <p>{t('head.bursaryPending', { count: bursary })}</p>
        </Card>
        {open ? (
          <Card className="space-y-2">
            <h2 className="font-semibold">{t('head.code')}</h2>
            <p className="font-mono text-2xl tracking-widest" data-testid="invitation-code">{d.invitationCode}</p>
            <p className="text-sm">{t('head.codeHelp')}</p>
            <p className="text-sm font-medium">{t('head.link')}</p>
            <p className="text-sm break-all"><a href={link} className="text-brand-700 underline" data-testid="invitation-link">{link}</a></p>
          </Card>
        ) : null}
      </div>
      {d.status === 'REQUESTED' ? <Alert tone="info">{t('my.awaiting')}</Alert> : null}
      {d.status === 'CLOSED' ? <Alert tone="warning">{t('my.closed')}</Alert> : null}
      <div className="my-4 flex flex-wrap gap-3">
        {open ? (
          <>
            <Link href={`/my/delegations/${d.id}/invite`} className={buttonClass('primary')}>{t('head.invite')}</Link>
            <Link href={`/my/delegations/${d.id}/import`} className={buttonClass('secondary')}>{t('head.import')}</Link>
          </>
        ) : null}
        <a href={`/api/delegations/${d.id}/members?format=csv&locale=${locale}`} className={buttonClass('secondary')} download>{t('head.exportCsv')}</a>
        <a href={`/api/delegations/${d.id}/members?format=xlsx&locale=${locale}`} className={buttonClass('secondary')} download>{t('head.exportXlsx')}</a>
      </div>
      {!open && d.status === 'REQUESTED' ? <p className="mb-4">{t('head.notApproved')}</p> : null}
      <section aria-labelledby="members" className="space-y-3">
        <h2 id="members" className="text-xl font-semibold">{t('head.members')}</h2>
        {members.length === 0 ? <p>{t('head.empty')}</p> : <MembersTable delegationId={d.id} members={members} withActions={open} caption={t('head.members')} />}
      </section>
    </>
  );
}
