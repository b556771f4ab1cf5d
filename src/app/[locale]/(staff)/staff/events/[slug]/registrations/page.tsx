import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/input';
import { Pagination } from '@/components/ui/pagination';
import { countryName } from '@/lib/geo';
import { localized } from '@/lib/i18n/localized';
import { localeParam } from '@/lib/i18n/params';
import { requireRolePage } from '@/features/auth/loaders';
import { listRegistrationsForStaff } from '@/features/registrations/data';
import { loadEventForRegistration } from '@/features/registrations/loaders';
import { canDecideRegistrations } from '@/features/registrations/policy';
import { listRegistrationsQuerySchema, STATUSES } from '@/features/registrations/schema';
import { RegistrationsTable } from '@/features/registrations/components/registrations-table';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('registrationAdmin'))('list.title') };
}

export default async function StaffRegistrationsPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const { slug } = await params;
  const actor = await requireRolePage(locale, `/staff/events/${slug}/registrations`, 'ORGANIZER', 'SECRETARIAT');
  const event = await loadEventForRegistration(slug, actor.role);
  if (!event) notFound();
  const t = await getTranslations('registrationAdmin');
  const tReg = await getTranslations('registration');
  const tStaff = await getTranslations('staff');
  const query = listRegistrationsQuerySchema.parse(await searchParams);
  const { rows, total, page, pageSize, countries } = await listRegistrationsForStaff(event.id, query);
  const collator = new Intl.Collator(locale);
  const countryList = countries.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) => collator.compare(a.name, b.name));
  const select = (id: keyof typeof query, label: string, all: string, options: { value: string; label: string }[]) => (
    <div>
      <label htmlFor={`f-${id}`} className="block font-medium">{label}</label>
      <Select id={`f-${id}`} name={id} defaultValue={String(query[id] ?? '')}>
        <option value="">{all}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </Select>
    </div>
  );
  const yesNo = [{ value: 'yes', label: t('list.yes') }, { value: 'no', label: t('list.no') }];
  const params2 = Object.fromEntries(Object.entries(query).filter(([k, v]) => k !== 'page' && v !== undefined).map(([k, v]) => [k, String(v)]));
  return (
    <div className="space-y-4">
      <h2 className="text-xl font-semibold">{t('list.title')}</h2>
      <form role="search" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 lg:items-end">
        <div className="sm:col-span-2">
          <label htmlFor="f-q" className="block font-medium">{t('list.search')}</label>
          <Input id="f-q" name="q" type="search" defaultValue={query.q} />
        </div>
        {select('status', t('list.status'), t('list.allStatuses'), STATUSES.map((s) => ({ value: s, label: tReg(`statuses.${s}`) })))}
        {select('country', t('list.country'), t('list.allCountries'), countryList.map((c) => ({ value: c.code, label: c.name })))}
        {select('type', t('list.type'), t('list.allTypes'), event.participantTypes.map((p) => ({ value: p, label: tReg(`participantTypes.${p}`) })))}
        {select('fee', t('list.fee'), t('list.allFees'), event.feeCategories.map((f) => ({ value: f.id, label: localized(f.label, locale, event.languages) || f.code })))}
        {select('bursary', t('list.bursary'), t('list.any'), yesNo)}
        {select('visa', t('list.visa'), t('list.any'), yesNo)}
        <Button type="submit" variant="secondary">{tStaff('filter')}</Button>
      </form>
      <p className="text-sm text-stone-700" data-testid="registrations-count">{t('list.count', { count: total })}</p>
      {rows.length === 0 ? <p>{t('list.empty')}</p> : null}
      <RegistrationsTable
        slug={slug}
        caption={t('list.title')}
        canDecide={canDecideRegistrations(actor.role)}
        rows={rows.map((r) => ({ id: r.id, referenceNumber: r.referenceNumber, status: r.status, name: `${r.firstName} ${r.lastName}`, email: r.email, country: r.country, participantType: r.participantType, organization: r.organization, visa: r.visaLetterRequested, bursary: r.bursaryRequested }))}
      />
      <Pagination
        page={page}
        total={total}
        pageSize={pageSize}
        hrefFor={(p) => `/${locale}/staff/events/${slug}/registrations?${new URLSearchParams({ ...params2, page: String(p) })}`}
        labels={{ previous: tStaff('previous'), next: tStaff('next'), status: tStaff('pageOf', { page, pages: Math.ceil(total / pageSize) }) }}
      />
    </div>
  );
}
