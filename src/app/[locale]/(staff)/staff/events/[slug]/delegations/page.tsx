import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Button, buttonClass } from '@/components/ui/button';
import { Badge } from '@/components/ui/card';
import { Input, Select } from '@/components/ui/input';
import { Table, Td } from '@/components/ui/table';
import { CONTINENTS, countryName } from '@/lib/geo';
import { Link } from '@/lib/i18n/navigation';
import { localeParam } from '@/lib/i18n/params';
import { requireRolePage } from '@/features/auth/loaders';
import { findEventForDelegations, listDelegationsForStaff } from '@/features/delegations/data';
import { canManageDelegations } from '@/features/delegations/policy';
import { DELEGATION_STATUSES, staffListQuerySchema } from '@/features/delegations/schema';
import { delegationTone } from '@/features/delegations/components/status';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('delegations'))('staff.title') };
}

export default async function StaffDelegationsPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const { slug } = await params;
  const actor = await requireRolePage(locale, `/staff/events/${slug}/delegations`, 'ORGANIZER', 'SECRETARIAT');
  const event = await findEventForDelegations(slug);
  if (!event) notFound();
  const t = await getTranslations('delegations');
  const tStaff = await getTranslations('staff');
  const query = staffListQuerySchema.parse(await searchParams);
  const rows = await listDelegationsForStaff(event.id, query);
  const totals = rows.reduce((acc, r) => ({ members: acc.members + r.memberCount, quota: acc.quota + r.quota, requested: acc.requested + (r.status === 'REQUESTED' ? 1 : 0) }), { members: 0, quota: 0, requested: 0 });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-semibold">{t('staff.title')}</h2>
        {canManageDelegations(actor.role) ? <Link href={`/staff/events/${slug}/delegations/new`} className={buttonClass('primary')}>{t('staff.new')}</Link> : null}
      </div>
      <p data-testid="delegations-summary">{t('staff.summary', { delegations: rows.length, members: totals.members, quota: totals.quota })}</p>
      {totals.requested > 0 ? <p><Badge tone="amber">{t('staff.requested', { count: totals.requested })}</Badge></p> : null}
      <form role="search" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 lg:items-end">
        <div>
          <label htmlFor="f-q" className="block font-medium">{t('staff.search')}</label>
          <Input id="f-q" name="q" type="search" defaultValue={query.q} />
        </div>
        <div>
          <label htmlFor="f-status" className="block font-medium">{t('staff.status')}</label>
          <Select id="f-status" name="status" defaultValue={query.status ?? ''}>
            <option value="">{t('staff.all')}</option>
            {DELEGATION_STATUSES.map((s) => <option key={s} value={s}>{t(`statuses.${s}`)}</option>)}
          </Select>
        </div>
        <div>
          <label htmlFor="f-continent" className="block font-medium">{t('staff.continent')}</label>
          <Select id="f-continent" name="continent" defaultValue={query.continent ?? ''}>
            <option value="">{t('staff.all')}</option>
            {CONTINENTS.map((c) => <option key={c} value={c}>{t(`continents.${c}`)}</option>)}
          </Select>
        </div>
        <Button type="submit" variant="secondary">{tStaff('filter')}</Button>
      </form>
      {rows.length === 0 ? <p>{t('staff.empty')}</p> : (
        <Table caption={t('staff.title')} head={[t('staff.columns.name'), t('staff.columns.place'), t('staff.columns.head'), t('staff.columns.status'), t('staff.columns.quota'), t('staff.columns.members'), t('staff.columns.invites')]}>
          {rows.map((r) => (
            <tr key={r.id} data-testid="delegation-row">
              <Td className="font-medium">
                <Link href={`/staff/events/${slug}/delegations/${r.id}`} className="text-brand-700 underline">{r.name}</Link>
              </Td>
              <Td>{[r.country ? countryName(r.country, locale) : null, r.network, r.continent ? t(`continents.${r.continent}`) : null].filter(Boolean).join(' · ')}</Td>
              <Td>{r.headName ?? t('staff.noHead')}</Td>
              <Td><Badge tone={delegationTone(r.status)}>{t(`statuses.${r.status}`)}</Badge></Td>
              <Td>
                <span className={r.memberCount >= r.quota ? 'font-semibold text-red-800' : undefined}>{r.memberCount} / {r.quota}</span>
              </Td>
              <Td>{t('staff.byStatus', { submitted: r.byStatus.SUBMITTED ?? 0, approved: r.byStatus.APPROVED ?? 0, waitlisted: r.byStatus.WAITLISTED ?? 0 })}</Td>
              <Td>{r.pendingInvites}</Td>
            </tr>
          ))}
        </Table>
      )}
    </div>
  );
}
