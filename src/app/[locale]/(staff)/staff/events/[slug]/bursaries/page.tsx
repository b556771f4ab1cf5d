import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Badge, Card } from '@/components/ui/card';
import { Button, buttonClass } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/input';
import { Pagination } from '@/components/ui/pagination';
import { CONTINENTS, countryName } from '@/lib/geo';
import { localized } from '@/lib/i18n/localized';
import { localeParam } from '@/lib/i18n/params';
import { requireRolePage } from '@/features/auth/loaders';
import { bursarySummary, findBursaryEvent, listBursaryQueue, QUEUE_PAGE_SIZE } from '@/features/bursaries/data';
import { formatMoney, toAmountText } from '@/features/bursaries/money';
import { BURSARY_STATUSES, queueFilterSchema, QUEUE_SORTS, type BursaryDecision } from '@/features/bursaries/schema';
import { BudgetForm } from '@/features/bursaries/components/budget-form';
import { BudgetSummaryView } from '@/features/bursaries/components/budget-summary';
import { DecisionForm } from '@/features/bursaries/components/decision-form';
import { isEventWritable } from '@/features/events/policy';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('bursaries'))('title') };
}

const DECISION_OF: Record<string, BursaryDecision> = { GRANTED: 'GRANT_FULL', PARTIAL: 'GRANT_PARTIAL', WAITLISTED: 'WAITLIST', DECLINED: 'DECLINE' };

/** Budget, committed total, and the queue of requests with a decision form each (secretariat). */
export default async function BursariesPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const { slug } = await params;
  await requireRolePage(locale, `/staff/events/${slug}/bursaries`, 'SECRETARIAT');
  const event = await findBursaryEvent(slug);
  if (!event) notFound();
  const t = await getTranslations('bursaries');
  const tStaff = await getTranslations('staff');
  const raw = await searchParams;
  const filter = queueFilterSchema.parse(raw);
  const [summary, { rows, total }] = await Promise.all([bursarySummary(event.id), listBursaryQueue(event.id, filter)]);
  const currency = summary.budget?.currency ?? event.currency;
  const money = (minor: number | null) => (minor === null ? '—' : formatMoney(minor, currency, locale));
  const writable = isEventWritable(event.status);
  const ceilings = Object.fromEntries(CONTINENTS.map((c) => [c, toAmountText(summary.continents.find((x) => x.continent === c)?.ceilingMinor, currency)])) as Record<(typeof CONTINENTS)[number], string>;
  const kept = Object.fromEntries(Object.entries(filter).filter(([k, v]) => k !== 'page' && v !== undefined).map(([k, v]) => [k, String(v)]));
  const select = (name: string, label: string, value: string | undefined, options: { value: string; label: string }[], all?: string) => (
    <div>
      <label htmlFor={`q-${name}`} className="block font-medium">{label}</label>
      <Select id={`q-${name}`} name={name} defaultValue={value ?? ''}>
        {all ? <option value="">{all}</option> : null}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </Select>
    </div>
  );
  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-xl font-semibold">{t('title')}</h2>
        <p className="text-stone-700">{t('lead')}</p>
        {raw.decided === '1' ? <div className="mt-3"><Alert tone="success" live testId="decision-done">{t('decide.done')}</Alert></div> : null}
      </div>
      <Card className="space-y-3">
        <h3 className="text-lg font-semibold">{t('summary.title')}</h3>
        <BudgetSummaryView summary={summary} currency={currency} locale={locale} />
        <div className="flex flex-wrap gap-3">
          <a href={`/api/exports/${slug}/bursaries?format=csv&locale=${locale}`} className={buttonClass('secondary')} download>{t('export.csv')}</a>
          <a href={`/api/exports/${slug}/bursaries?format=xlsx&locale=${locale}`} className={buttonClass('secondary')} download>{t('export.xlsx')}</a>
        </div>
      </Card>
      {writable ? (
        <Card className="space-y-3">
          <h3 className="text-lg font-semibold">{t('budget.title')}</h3>
          <BudgetForm currency={currency} initial={{ eventId: event.id, amount: toAmountText(summary.budget?.amountMinor, currency), ceilings }} />
        </Card>
      ) : null}
      <section className="space-y-3" aria-labelledby="queue-title">
        <h3 id="queue-title" className="text-lg font-semibold">{t('queue.title')}</h3>
        <form role="search" aria-label={t('queue.filters')} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3 lg:items-end">
          {select('status', t('queue.status'), filter.status, BURSARY_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })), t('queue.all'))}
          {select('continent', t('queue.continent'), filter.continent, CONTINENTS.map((c) => ({ value: c, label: t(`continents.${c}`) })), t('queue.all'))}
          <div>
            <label htmlFor="q-country" className="block font-medium">{t('queue.country')}</label>
            <Input id="q-country" name="country" maxLength={2} defaultValue={filter.country ?? ''} autoCapitalize="characters" />
          </div>
          {select('sort', t('queue.sort'), filter.sort, QUEUE_SORTS.map((s) => ({ value: s, label: t(`queue.sortBy.${s}`) })))}
          {select('dir', t('queue.dir'), filter.dir, [{ value: 'asc', label: t('queue.asc') }, { value: 'desc', label: t('queue.desc') }], '—')}
          <Button type="submit" variant="secondary">{t('queue.apply')}</Button>
        </form>
        <p className="text-sm text-stone-700" data-testid="bursary-count">{t('queue.count', { count: total })}</p>
        {rows.length === 0 ? null : (
          <ul className="space-y-3" aria-label={t('queue.title')}>
            {rows.map((r) => {
              const name = `${r.firstName} ${r.lastName}`;
              return (
                <li key={r.id} className="rounded-lg border border-stone-200 bg-white p-4" data-testid={`bursary-row-${r.referenceNumber}`}>
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h4 className="font-semibold">{name} <span className="font-normal text-stone-600">{r.referenceNumber}</span></h4>
                    <p>
                      <Badge tone={r.bursaryStatus === 'GRANTED' || r.bursaryStatus === 'PARTIAL' ? 'green' : r.bursaryStatus === 'DECLINED' ? 'red' : 'amber'}>{t(`status.${r.bursaryStatus ?? 'PENDING'}`)}</Badge>
                      {r.bursaryGrantedMinor !== null ? <> {money(r.bursaryGrantedMinor)}</> : null}
                    </p>
                  </div>
                  <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
                    <dt className="font-medium">{t('queue.asked')}</dt><dd>{money(r.bursaryAmountMinor)}</dd>
                    <dt className="font-medium">{t('queue.country2')}</dt><dd>{countryName(r.country, locale)} · {t(`continents.${r.continent}`)}</dd>
                    <dt className="font-medium">{t('queue.delegation')}</dt><dd>{r.delegation?.name ?? '—'}</dd>
                    <dt className="font-medium">{t('queue.fee')}</dt><dd>{r.feeCategory ? localized(r.feeCategory.label, locale, event.languages) || r.feeCategory.code : '—'}</dd>
                    <dt className="font-medium">{t('queue.reason')}</dt><dd className="whitespace-pre-line break-words">{r.bursaryReason}</dd>
                    {r.bursaryFeeCoverMinor ? (<><dt className="font-medium">{t('queue.granted')}</dt><dd>{t('queue.feeCover', { amount: money(r.bursaryFeeCoverMinor) })}</dd></>) : null}
                  </dl>
                  {writable ? (
                    <details className="mt-2">
                      <summary className="min-h-11 cursor-pointer py-2 font-medium text-brand-700">{t('queue.decide')}<span className="sr-only"> — {name}</span></summary>
                      <DecisionForm currency={currency} initial={{
                        eventId: event.id, registrationId: r.id, decision: DECISION_OF[r.bursaryStatus ?? ''] ?? 'GRANT_FULL',
                        amount: r.bursaryStatus === 'PARTIAL' ? toAmountText(r.bursaryGrantedMinor, currency) : '',
                        feeCover: toAmountText(r.bursaryFeeCoverMinor, currency), reason: r.bursaryDecisionReason ?? '',
                      }} />
                    </details>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
        <Pagination page={filter.page ?? 1} total={total} pageSize={QUEUE_PAGE_SIZE}
          hrefFor={(p) => `/${locale}/staff/events/${slug}/bursaries?${new URLSearchParams({ ...kept, page: String(p) })}`}
          labels={{ previous: tStaff('previous'), next: tStaff('next'), status: tStaff('pageOf', { page: filter.page ?? 1, pages: Math.ceil(total / QUEUE_PAGE_SIZE) }) }} />
      </section>
    </div>
  );
}
