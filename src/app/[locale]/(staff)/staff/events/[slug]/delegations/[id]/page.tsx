import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Badge, Card } from '@/components/ui/card';
import { formatInstant } from '@/lib/dates';
import { countryName } from '@/lib/geo';
import { Link } from '@/lib/i18n/navigation';
import { localeParam } from '@/lib/i18n/params';
import { requireRolePage } from '@/features/auth/loaders';
import { delegationAudit, findDelegationForStaff, findEventForDelegations, listMembers } from '@/features/delegations/data';
import { canManageDelegations } from '@/features/delegations/policy';
import { MembersTable } from '@/features/delegations/components/members-table';
import { HeadForm, QuotaForm, StatusButtons } from '@/features/delegations/components/staff-actions';
import { delegationTone } from '@/features/delegations/components/status';

type Props = { params: Promise<{ locale: string; slug: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('delegations'))('staff.detail') };
}

export default async function StaffDelegationPage({ params }: Props) {
  const locale = await localeParam(params);
  const { slug, id } = await params;
  const actor = await requireRolePage(locale, `/staff/events/${slug}/delegations/${id}`, 'ORGANIZER', 'SECRETARIAT');
  const event = await findEventForDelegations(slug);
  if (!event) notFound();
  const d = await findDelegationForStaff(event.id, id);
  if (!d) notFound();
  const t = await getTranslations('delegations');
  const [members, audit] = await Promise.all([listMembers(d.id, d.eventId), delegationAudit(d.id)]);
  const manage = canManageDelegations(actor.role);
  return (
    <div className="space-y-6">
      <p><Link href={`/staff/events/${slug}/delegations`} className="text-brand-700 underline">{t('staff.backToList')}</Link></p>
      <div className="space-y-2">
        <h2 className="text-xl font-semibold">{d.name}</h2>
        <p className="flex flex-wrap items-center gap-2">
          <Badge tone={delegationTone(d.status)}>{t(`statuses.${d.status}`)}</Badge>
          <span>{[d.country ? countryName(d.country, locale) : null, d.network, d.continent ? t(`continents.${d.continent}`) : null].filter(Boolean).join(' · ')}</span>
        </p>
        <p>{t('my.quotaUse', { used: d.memberCount, quota: d.quota })} — <span className="font-mono">{d.invitationCode}</span></p>
        <p>{d.head ? t('my.headedBy', { name: `${d.head.name} <${d.head.email}>` }) : t('staff.noHead')}</p>
        {d.description ? <p className="text-stone-700">{d.description}</p> : null}
      </div>
      {manage ? (
        <div className="grid gap-4 md:grid-cols-3">
          <Card className="space-y-2"><h3 className="font-semibold">{t('staff.status')}</h3><StatusButtons delegationId={d.id} status={d.status} /></Card>
          <Card><QuotaForm delegationId={d.id} quota={d.quota} /></Card>
          <Card><HeadForm delegationId={d.id} /></Card>
        </div>
      ) : (
        <p>{t('staff.readOnly')}</p>
      )}
      <div className="flex flex-wrap gap-3">
        <a href={`/api/delegations/${d.id}/members?format=csv&locale=${locale}`} className="text-brand-700 underline" download>{t('head.exportCsv')}</a>
        <a href={`/api/delegations/${d.id}/members?format=xlsx&locale=${locale}`} className="text-brand-700 underline" download>{t('head.exportXlsx')}</a>
      </div>
      <section aria-labelledby="members" className="space-y-3">
        <h3 id="members" className="text-lg font-semibold">{t('head.members')}</h3>
        {members.length === 0 ? <p>{t('head.empty')}</p> : <MembersTable delegationId={d.id} members={members} withActions={false} caption={t('head.members')} />}
      </section>
      <section aria-labelledby="audit" className="space-y-2">
        <h3 id="audit" className="text-lg font-semibold">{t('staff.audit')}</h3>
        {audit.length === 0 ? <p>{t('staff.auditEmpty')}</p> : (
          <ul className="space-y-1 text-sm">
            {audit.map((a) => (
              <li key={a.id}>
                <span className="font-mono">{formatInstant(a.createdAt, locale, event.timeZone)}</span> — {a.actor?.name ?? '—'} — <span className="font-mono">{a.action}</span> {JSON.stringify(a.data)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
