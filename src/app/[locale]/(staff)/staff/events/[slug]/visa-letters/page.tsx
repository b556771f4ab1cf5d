import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/card';
import { Select } from '@/components/ui/input';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td } from '@/components/ui/table';
import { countryName } from '@/lib/geo';
import { Link } from '@/lib/i18n/navigation';
import { localeParam } from '@/lib/i18n/params';
import { requireRolePage } from '@/features/auth/loaders';
import { STATUSES } from '@/features/registrations/schema';
import { findLetterEvent, listLetterQueue } from '@/features/visa-letters/data';
import { DEFAULT_LETTER_STATUS } from '@/features/visa-letters/policy';
import { CORRECTION_REASON } from '@/features/visa-letters/revoke';
import { LETTER_STATES, letterQueueFilterSchema, type LetterQueueFilter } from '@/features/visa-letters/schema';
import { IssueButton, RevokeForm } from '@/features/visa-letters/components/letter-actions';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('visaLetters'))('queue.title') };
}

function query(f: LetterQueueFilter, patch: Partial<LetterQueueFilter>): string {
  const merged = { ...f, ...patch };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The secretariat's queue of visa letters for one event: requested / issued / revoked, filtered. */
export default async function VisaLettersPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const { slug } = await params;
  await requireRolePage(locale, `/staff/events/${slug}/visa-letters`, 'SECRETARIAT');
  const event = await findLetterEvent(slug);
  if (!event) notFound();
  const t = await getTranslations('visaLetters.queue');
  const tStatus = await getTranslations('common.registrationStatus');
  const raw = await searchParams;
  const filter = letterQueueFilterSchema.parse(raw);
  // Set by the issue buttons after issuing (the issued rows have left the list).
  const issued = /^\d{1,4}$/.test(raw.issued ?? '') ? Number(raw.issued) : null;
  const q = await listLetterQueue(event.id, filter);
  const base = `/staff/events/${slug}/visa-letters`;
  const { nationality, country, delegationId, status } = filter;
  const fmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: event.timeZone });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-semibold">{t('title')}</h2>
        <Link href={`${base}/settings`} className="inline-flex min-h-11 items-center text-brand-700 underline">{t('settingsLink')}</Link>
      </div>
      <p className="text-stone-700">{t('intro')}</p>
      {issued !== null ? <Alert tone="success" live testId="issue-result">{t('issuedDone', { count: issued })}</Alert> : null}
      <nav aria-label={t('statesLabel')}>
        <ul className="flex flex-wrap gap-2">
          {LETTER_STATES.map((s) => (
            <li key={s}>
              <Link href={`${base}${query(filter, { state: s, page: undefined })}`} aria-current={q.state === s ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center rounded-md border px-3 ${q.state === s ? 'border-brand-700 bg-brand-700 text-white' : 'border-stone-400 bg-white hover:bg-stone-100'}`}>
                {t(`states.${s}`, { count: q.counts[s] })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form role="search" aria-label={t('filters')} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
        <input type="hidden" name="state" value={q.state} />
        <div>
          <label htmlFor="f-nationality" className="block font-medium">{t('nationality')}</label>
          <Select id="f-nationality" name="nationality" defaultValue={nationality ?? ''}>
            <option value="">{t('any')}</option>
            {q.nationalities.map((c) => <option key={c} value={c}>{countryName(c, locale)}</option>)}
          </Select>
        </div>
        <div>
          <label htmlFor="f-country" className="block font-medium">{t('country')}</label>
          <Select id="f-country" name="country" defaultValue={country ?? ''}>
            <option value="">{t('any')}</option>
            {q.countries.map((c) => <option key={c} value={c}>{countryName(c, locale)}</option>)}
          </Select>
        </div>
        <div>
          <label htmlFor="f-delegation" className="block font-medium">{t('delegation')}</label>
          <Select id="f-delegation" name="delegationId" defaultValue={delegationId ?? ''}>
            <option value="">{t('any')}</option>
            {q.delegations.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
          </Select>
        </div>
        <div>
          <label htmlFor="f-status" className="block font-medium">{t('status')}</label>
          <Select id="f-status" name="status" defaultValue={status ?? DEFAULT_LETTER_STATUS}>
            {STATUSES.map((s) => <option key={s} value={s}>{tStatus(s)}</option>)}
          </Select>
        </div>
        <Button type="submit" variant="secondary">{t('apply')}</Button>
      </form>
      {q.state === 'requested' && q.counts.requested > 0 ? (
        <IssueButton input={{ eventId: event.id, filter: { nationality, country, delegationId, status } }} label={t('issueAll', { count: q.counts.requested })} testId="issue-all" />
      ) : null}
      {q.rows.length === 0 ? <p>{t('none')}</p> : (
        <Table caption={t(`states.${q.state}`, { count: q.total })} head={[t('reference'), t('name'), t('nationality'), t('country'), t('status'), t('delegation'), t('letter'), t('actions')]}>
          {q.rows.map((r) => {
            const valid = r.visaLetters.find((l) => l.status === 'ISSUED');
            return (
              <tr key={r.id} data-testid="letter-row">
                <Td>{r.referenceNumber}</Td>
                <Td className="font-medium">{r.firstName} {r.lastName}</Td>
                <Td>{r.nationality ? countryName(r.nationality, locale) : '—'}</Td>
                <Td>{countryName(r.country, locale)}</Td>
                <Td>{tStatus(r.status)}</Td>
                <Td>{r.delegation?.name ?? '—'}</Td>
                <Td>
                  <ul className="space-y-1">
                    {r.visaLetters.map((l) => (
                      <li key={l.id}>
                        <span className="font-mono">{l.number}</span>{' '}
                        {l.status === 'ISSUED' ? <Badge tone="green">{t('issuedOn', { date: fmt.format(l.issuedAt) })}</Badge> : (
                          <Badge tone="red">{t('revokedBecause', { reason: l.revokeReason === CORRECTION_REASON ? t('correction') : (l.revokeReason ?? '') })}</Badge>
                        )}
                      </li>
                    ))}
                  </ul>
                </Td>
                <Td>
                  {valid ? (
                    <div className="space-y-1">
                      <a href={`/api/visa-letters/${valid.id}`} className="inline-flex min-h-11 items-center text-brand-700 underline">{t('download')} <span className="sr-only">{valid.number}</span></a>{' · '}
                      <a href={`/verify/${valid.code}`} className="inline-flex min-h-11 items-center text-brand-700 underline" data-testid="verify-link">{t('verifyLink')} <span className="sr-only">{valid.number}</span></a>
                      <RevokeForm letterId={valid.id} number={valid.number} />
                    </div>
                  ) : (
                    <IssueButton input={{ eventId: event.id, registrationIds: [r.id] }} label={t('issueOne')} variant="secondary" testId={`issue-${r.referenceNumber}`} />
                  )}
                </Td>
              </tr>
            );
          })}
        </Table>
      )}
      <Pagination page={q.page} total={q.total} pageSize={q.pageSize} hrefFor={(page) => `/${locale}${base}${query(filter, { page })}`}
        labels={{ previous: t('previous'), next: t('next'), status: t('pages', { page: q.page, pages: Math.max(1, Math.ceil(q.total / q.pageSize)) }) }} />
    </div>
  );
}
