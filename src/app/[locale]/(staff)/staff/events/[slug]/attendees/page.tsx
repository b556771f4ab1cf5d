import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td } from '@/components/ui/table';
import { buttonClass } from '@/components/ui/button';
import { countryName } from '@/lib/geo';
import { formatInstant } from '@/lib/dates';
import { localized } from '@/lib/i18n/localized';
import { localeParam } from '@/lib/i18n/params';
import { requireRolePage } from '@/features/auth/loaders';
import { COLUMNS } from '@/features/exports/columns';
import { findExportEvent, filterOptions, listAttendees } from '@/features/exports/data';
import { offeredColumns } from '@/features/exports/policy';
import { filterToParams, lenientFilter } from '@/features/exports/schema';
import { AttendeeFilters } from '@/features/exports/components/attendee-filters';
import { ExportDialog } from '@/features/exports/components/export-dialog';
import { paymentTone } from '@/features/money/components/money-views';
import { balanceOf, formatMoney } from '@/features/money/rules';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('exports'))('list.title') };
}

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AttendeesPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const { slug } = await params;
  const actor = await requireRolePage(locale, `/staff/events/${slug}/attendees`, 'ORGANIZER', 'SECRETARIAT');
  const event = await findExportEvent(slug);
  if (!event) notFound();
  const t = await getTranslations('exports');
  const tMoney = await getTranslations('money');
  const sp = await searchParams;
  const filter = lenientFilter(sp);
  const page = Math.max(1, Math.min(10_000, Number(Array.isArray(sp.page) ? sp.page[0] : sp.page) || 1));
  const [{ rows, total, pageSize }, options] = await Promise.all([listAttendees(event.id, filter, page), filterOptions(event.id)]);
  const query = filterToParams(filter).toString();
  const base = `/staff/events/${slug}/attendees`;
  const api = `/api/exports/${slug}`;
  const withQuery = (path: string, extra: Record<string, string> = {}) => {
    const p = new URLSearchParams(query);
    for (const [k, v] of Object.entries(extra)) p.set(k, v);
    p.set('locale', locale);
    return `${path}?${p}`;
  };
  const columns = offeredColumns(actor.role, COLUMNS).map((c) => ({ key: c.key, sensitive: c.sensitive, label: t(`columns.${c.key}`) }));
  const statusTone = { APPROVED: 'green', SUBMITTED: 'blue', WAITLISTED: 'amber', REJECTED: 'red', CANCELLED: 'neutral' } as const;
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <h2 className="text-xl font-bold">{t('list.title')}</h2>
        <p className="text-stone-700">{t('list.lead')}</p>
      </div>
      <AttendeeFilters filter={filter} options={options} locale={locale} languages={event.languages} clearHref={base} />
      <div className="flex flex-wrap items-center gap-2">
        <p className="mr-auto font-medium" data-testid="attendee-count">
          {t('list.count', { count: total })}
        </p>
        <ExportDialog endpoint={`${api}/attendees`} filterQuery={query} locale={locale} columns={columns} total={total} />
        <a href={withQuery(`/api/badges/${slug}`)} className={buttonClass('secondary')} download>
          {t('list.bulkBadges')}
        </a>
      </div>
      <details className="rounded-lg border border-stone-200 bg-white p-4">
        <summary className="min-h-11 cursor-pointer py-2 font-semibold">{t('list.otherExports')}</summary>
        <ul className="mt-2 flex flex-wrap gap-2">
          {actor.role === 'SECRETARIAT' ? (
            <>
              <li>
                <a href={`${api}/money?kind=receipts`} className={buttonClass('secondary')} download data-testid="bulk-receipts">
                  {tMoney('staff.bulkReceipts')}
                </a>
              </li>
              <li>
                <a href={`${api}/money?kind=invoices`} className={buttonClass('secondary')} download>
                  {tMoney('staff.bulkInvoices')}
                </a>
              </li>
            </>
          ) : null}
          <li>
            <a href={withQuery(`${api}/logistics`)} className={buttonClass('secondary')} download>
              {t('list.logistics')}
            </a>
          </li>
          <li>
            <a href={`${api}/roster?format=xlsx&locale=${locale}`} className={buttonClass('secondary')} download>
              {t('list.rosterXlsx')}
            </a>
          </li>
          <li>
            <a href={`${api}/roster?format=csv&locale=${locale}`} className={buttonClass('secondary')} download>
              {t('list.rosterCsv')}
            </a>
          </li>
        </ul>
      </details>
      <details className="rounded-lg border border-stone-200 bg-white p-4" data-testid="sign-in-sheets">
        <summary className="min-h-11 cursor-pointer py-2 font-semibold">{t('list.signInSheets')}</summary>
        <p className="text-sm text-stone-700">{t('list.signInSheetsLead')}</p>
        <ul className="mt-2 divide-y divide-stone-200">
          {options.sessions.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-1">
              <span>
                {localized(s.title, locale, event.languages)} <span className="text-sm text-stone-700">· {formatInstant(s.startsAt, locale, event.timeZone, { zone: false })}</span>
              </span>
              <a href={`${api}/sessions/${s.id}/sign-in?locale=${locale}`} className={buttonClass('ghost')} download aria-label={t('list.signInFor', { title: localized(s.title, locale, event.languages) })}>
                {t('list.signInSheet')}
              </a>
            </li>
          ))}
        </ul>
      </details>
      {rows.length === 0 ? (
        <p className="rounded-lg bg-stone-100 p-4">{t('list.empty')}</p>
      ) : (
        <Table caption={t('list.title')} head={[t('columns.reference'), t('list.name'), t('columns.organization'), t('columns.country'), t('columns.delegation'), t('columns.status'), t('columns.balance'), t('columns.checkedInAt'), t('list.badge')]}>
          {rows.map((r) => (
            <tr key={r.id}>
              <Td className="whitespace-nowrap font-mono text-xs">{r.referenceNumber}</Td>
              <Td>
                {r.lastName.toUpperCase()} {r.firstName}
                <span className="block text-xs text-stone-700">{t(`values.participantType.${r.participantType}`)}</span>
              </Td>
              <Td>{r.organization}</Td>
              <Td>{countryName(r.country, locale)}</Td>
              <Td>{r.delegation?.name ?? '—'}</Td>
              <Td>
                <Badge tone={statusTone[r.status]}>{t(`values.status.${r.status}`)}</Badge>
              </Td>
              <Td className="whitespace-nowrap">
                <Badge tone={paymentTone(r.paymentStatus)}>{t(`values.paymentStatus.${r.paymentStatus}`)}</Badge>
                <span className="block text-xs">{formatMoney(balanceOf(r), event.currency, locale)}</span>
              </Td>
              <Td className="whitespace-nowrap">{r.checkedInAt ? formatInstant(r.checkedInAt, locale, event.timeZone, { zone: false }) : '—'}</Td>
              <Td>
                <a href={`/api/badges/${slug}?registrationId=${r.id}&locale=${locale}`} className="inline-flex min-h-11 items-center text-brand-700 underline" download aria-label={t('list.badgeFor', { name: `${r.firstName} ${r.lastName}` })}>
                  {t('list.badge')}
                </a>
              </Td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination
        page={page}
        total={total}
        pageSize={pageSize}
        hrefFor={(p) => `/${locale}${base}?${new URLSearchParams({ ...Object.fromEntries(filterToParams(filter)), page: String(p) })}`}
        labels={{ previous: t('list.previous'), next: t('list.next'), status: t('list.pageOf', { page, pages: Math.max(1, Math.ceil(total / pageSize)) }) }}
      />
    </div>
  );
}
