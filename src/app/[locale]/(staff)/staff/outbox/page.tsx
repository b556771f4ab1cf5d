import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageTitle } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { Button } from '@/components/ui/button';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td } from '@/components/ui/table';
import { formatInstant } from '@/lib/dates';
import { localeParam } from '@/lib/i18n/params';
import { Link } from '@/lib/i18n/navigation';
import { requireRolePage } from '@/features/auth/loaders';
import { listOutbox } from '@/features/email/data';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff'))('outbox.title') };
}

type Search = Promise<{ page?: string; to?: string }>;

export default async function OutboxPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Search }) {
  const locale = await localeParam(params);
  const actor = await requireRolePage(locale, '/staff/outbox', 'ORGANIZER', 'SECRETARIAT');
  const t = await getTranslations('staff');
  const sp = await searchParams;
  const page = Math.max(1, Number(sp.page) || 1);
  const to = typeof sp.to === 'string' ? sp.to.slice(0, 254) : undefined;
  const { rows, total, pageSize } = await listOutbox(actor, { page, to });
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
        <Button type="submit" variant="secondary">
          {t('filter')}
        </Button>
      </form>
      {rows.length === 0 ? (
        <p>{t('outbox.empty')}</p>
      ) : (
        <Table caption={t('outbox.title')} head={[t('outbox.date'), t('outbox.to'), t('outbox.subject'), t('outbox.status')]}>
          {rows.map((m) => (
            <tr key={m.id}>
              <Td className="whitespace-nowrap">{formatInstant(m.createdAt, locale, 'UTC')}</Td>
              <Td>{m.to}</Td>
              <Td>
                <Link href={`/staff/outbox/${m.id}`} className="text-brand-700 underline">
                  {m.subject}
                </Link>
              </Td>
              <Td>{t(`outbox.statuses.${m.status}`)}</Td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination
        page={page}
        total={total}
        pageSize={pageSize}
        hrefFor={(p) => `/${locale}/staff/outbox?${new URLSearchParams({ ...(to ? { to } : {}), page: String(p) })}`}
        labels={{ previous: t('previous'), next: t('next'), status: t('pageOf', { page, pages: Math.ceil(total / pageSize) }) }}
      />
    </>
  );
}
