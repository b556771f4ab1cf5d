import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { countryName } from '@/lib/geo';
import { formatInstant } from '@/lib/dates';
import { localeParam } from '@/lib/i18n/params';
import { requireRolePage } from '@/features/auth/loaders';
import { checkInCounts, findCheckInEvent, searchForCheckIn } from '@/features/checkin/data';
import { checkInSearchSchema } from '@/features/checkin/schema';
import { CheckInButton } from '@/features/checkin/components/check-in-button';
import { LiveCheckInCount } from '@/features/checkin/components/live-count';
import { Scanner } from '@/features/checkin/components/scanner';
import { balanceOf, formatMoney } from '@/features/money/rules';
import { PaymentForm } from '@/features/money/components/payment-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('checkin'))('title') };
}

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CheckInPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const { slug } = await params;
  await requireRolePage(locale, `/staff/events/${slug}/check-in`, 'ORGANIZER', 'SECRETARIAT');
  const event = await findCheckInEvent(slug);
  if (!event) notFound();
  const t = await getTranslations('checkin');
  const tx = await getTranslations('exports.values');
  const tm = await getTranslations('money');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: event.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const sp = await searchParams;
  const parsed = checkInSearchSchema.safeParse({ q: Array.isArray(sp.q) ? sp.q[0] : sp.q });
  const q = parsed.success ? (parsed.data.q ?? '') : '';
  const [results, counts] = await Promise.all([q ? searchForCheckIn(event.id, q) : Promise.resolve([]), checkInCounts(event.id)]);
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <h2 className="text-xl font-bold">{t('title')}</h2>
        <p className="text-stone-700">{t('lead')}</p>
      </div>
      <LiveCheckInCount key={counts.checkedIn} eventSlug={slug} initial={counts} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Scanner eventSlug={slug} timeZone={event.timeZone} locale={locale} />
        <section aria-labelledby="search-title" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
          <h3 id="search-title" className="text-lg font-semibold">
            {t('search.title')}
          </h3>
          <form role="search" className="flex items-end gap-2">
            <div className="min-w-0 flex-1">
              <label htmlFor="q" className="block font-medium">
                {t('search.label')}
              </label>
              <Input id="q" name="q" type="search" defaultValue={q} autoComplete="off" />
            </div>
            <Button type="submit" variant="secondary">
              {t('search.button')}
            </Button>
          </form>
          {q ? (
            results.length === 0 ? (
              <p data-testid="no-results">{t('search.empty')}</p>
            ) : (
              <ul className="divide-y divide-stone-200" aria-label={t('search.results')}>
                {results.map((r) => (
                  <li key={r.id} className="space-y-2 py-3" data-testid="check-in-result">
                    <p className="font-semibold">
                      {r.firstName} {r.lastName.toUpperCase()} <span className="font-mono text-sm font-normal">{r.referenceNumber}</span>
                    </p>
                    <p className="text-sm">
                      {r.organization} · {countryName(r.country, locale)}
                      {r.delegation ? ` · ${r.delegation.name}` : ''}
                    </p>
                    <p className="flex flex-wrap gap-2 text-sm">
                      <Badge>{tx(`participantType.${r.participantType}`)}</Badge>
                      <Badge tone={r.status === 'APPROVED' ? 'green' : 'amber'}>{tx(`status.${r.status}`)}</Badge>
                      {r.checkedInAt ? <Badge tone="blue">{t('checkedInAt', { time: formatInstant(r.checkedInAt, locale, event.timeZone, { date: false, zone: false }) })}</Badge> : null}
                    </p>
                    {balanceOf(r) > 0 ? (
                      <details>
                        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold" data-testid="check-in-balance">
                          {tm('checkin.balance', { amount: formatMoney(balanceOf(r), event.currency, locale) })} · {tm('checkin.recordCash')}
                        </summary>
                        <PaymentForm registrationId={r.id} currency={event.currency} methods={['CASH']} today={today} idPrefix={`cash-${r.id}`} />
                      </details>
                    ) : null}
                    <CheckInButton eventSlug={slug} registrationId={r.id} name={`${r.firstName} ${r.lastName}`} timeZone={event.timeZone} locale={locale} />
                  </li>
                ))}
              </ul>
            )
          ) : null}
        </section>
      </div>
    </div>
  );
}
