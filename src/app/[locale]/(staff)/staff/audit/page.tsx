import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageTitle } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td } from '@/components/ui/table';
import { formatInstant } from '@/lib/dates';
import { localeParam } from '@/lib/i18n/params';
import { requireRolePage } from '@/features/auth/loaders';
import { listAuditLog } from '@/features/audit/data';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff'))('audit.title') };
}

export default async function AuditPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string }> }) {
  const locale = await localeParam(params);
  const actor = await requireRolePage(locale, '/staff/audit', 'SECRETARIAT');
  const t = await getTranslations('staff');
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const { rows, total, pageSize } = await listAuditLog(actor, { page });
  return (
    <>
      <PageTitle lead={t('audit.lead')}>{t('audit.title')}</PageTitle>
      {rows.length === 0 ? (
        <p>{t('audit.empty')}</p>
      ) : (
        <Table caption={t('audit.title')} head={[t('audit.when'), t('audit.who'), t('audit.what'), t('audit.details')]}>
          {rows.map((row) => (
            <tr key={row.id}>
              <Td className="whitespace-nowrap">{formatInstant(row.createdAt, locale, 'UTC')}</Td>
              <Td>{row.actor ? `${row.actor.name} <${row.actor.email}>` : t('audit.system')}</Td>
              <Td>
                <code>{row.action}</code> · {row.entityType}
              </Td>
              <Td>
                <code className="break-all text-xs">{JSON.stringify(row.data)}</code>
              </Td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination
        page={page}
        total={total}
        pageSize={pageSize}
        hrefFor={(p) => `/${locale}/staff/audit?page=${p}`}
        labels={{ previous: t('previous'), next: t('next'), status: t('pageOf', { page, pages: Math.ceil(total / pageSize) }) }}
      />
    </>
  );
}
