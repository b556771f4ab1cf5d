import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageTitle } from '@/components/ui/card';
import { Input, Select } from '@/components/ui/input';
import { Button } from '@/components/ui/button';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td } from '@/components/ui/table';
import { formatInstant } from '@/lib/dates';
import { localeParam } from '@/lib/i18n/params';
import { Link } from '@/lib/i18n/navigation';
import { requireRolePage } from '@/features/auth/loaders';
import { listOutbox } from '@/features/email/data';
import { RetryButton } from '@/features/email/components/retry-button';
import { OUTBOX_STATUSES, outboxQuerySchema } from '@/features/email/schema';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff'))('outbox.title') };
}

type Search = Promise<{ page?: string; to?: string; status?: string }>;

export default async function OutboxPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Search }) {
  const locale = await localeParam(params);
  const actor = await requireRolePage(locale, '/staff/outbox', 'ORGANIZER', 'SECRETARIAT');
  const t = await getTranslations('staff');
  const tm = await getTranslations('mail');
  const sp = await searchParams;
  const page = Math.max(1, Number(sp.page) || 1);
  const { to, status } = outboxQuerySchema.parse({ to: typeof sp.to === 'string' ? sp.to : undefined, status: sp.status });
  const { rows, total, pageSize } = await listOutbox(actor, { page, to, status });
  return (
    <>
      <PageTitle lead={t('outbox.lead')}>{t('outbox.title')}</PageTitle>
      <form className="mb-4 flex flex-wrap items-end gap-2" role="search">
        <div className="grow">
          <label htmlFor="to" className="block font-medium">
            {t('outbox.filterTo')}
          </label>
          <Input id="to" name="to" type="search" defaultValue={to} />
        </div>
        <div>
          <label htmlFor="status" className="block font-medium">
            {tm('filterStatus')}
          </label>
          <Select id="status" name="status" defaultValue={status ?? ''}>
            <option value="">{tm('allStatuses')}</option>
            {OUTBOX_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`outbox.statuses.${s}`)}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" variant="secondary">
          {t('filter')}
        </Button>
      </form>
      {rows.length === 0 ? (
        <p>{t('outbox.empty')}</p>
      ) : (
        <Table caption={t('outbox.title')} head={[t('outbox.date'), t('outbox.to'), t('outbox.subject'), t('outbox.status'), tm('attempts'), tm('actions')]}>
          {rows.map((m) => (
            <tr key={m.id}>
              <Td className="whitespace-nowrap">{formatInstant(m.createdAt, locale, 'UTC')}</Td>
              <Td>{m.to}</Td>
              <Td>
                <Link href={`/staff/outbox/${m.id}`} className="text-brand-700 underline">
                  {m.subject}
                </Link>
              </Td>
              <Td>
                {t(`outbox.statuses.${m.status}`)}
                {m.lastError ? (
                  <span className="block text-sm text-stone-700">
                    {tm('lastError')}: {m.lastError}
                  </span>
                ) : null}
              </Td>
              <Td>{m.attempts}</Td>
              <Td>{m.status === 'FAILED' ? <RetryButton id={m.id} /> : null}</Td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination
        page={page}
        total={total}
        pageSize={pageSize}
        hrefFor={(p) => `/${locale}/staff/outbox?${new URLSearchParams({ ...(to ? { to } : {}), ...(status ? { status } : {}), page: String(p) })}`}
        labels={{ previous: t('previous'), next: t('next'), status: t('pageOf', { page, pages: Math.ceil(total / pageSize) }) }}
      />
    </>
  );
}
