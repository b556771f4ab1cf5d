import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Badge, PageTitle } from '@/components/ui/card';
import { Input, Select } from '@/components/ui/input';
import { Button } from '@/components/ui/button';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td } from '@/components/ui/table';
import { localeParam } from '@/lib/i18n/params';
import { requireRolePage } from '@/features/auth/loaders';
import { listUsers } from '@/features/users/data';
import { listUsersQuerySchema, ROLES } from '@/features/users/schema';
import { RoleForm } from '@/features/users/components/role-form';
import { DisableButton } from '@/features/users/components/disable-button';
import { DeleteUserButton } from '@/features/personal-data/components/delete-user-button';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff'))('users.title') };
}

export default async function UsersPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string>> }) {
  const locale = await localeParam(params);
  const actor = await requireRolePage(locale, '/staff/users', 'SECRETARIAT');
  const t = await getTranslations('staff');
  const tRoles = await getTranslations('account.roles');
  const tData = await getTranslations('myData');
  const query = listUsersQuerySchema.parse(await searchParams);
  const page = query.page ?? 1;
  const { rows, total, pageSize } = await listUsers(actor, { ...query, page });
  return (
    <>
      <PageTitle lead={t('users.lead')}>{t('users.title')}</PageTitle>
      <form className="mb-4 grid gap-2 sm:grid-cols-[1fr_12rem_auto] sm:items-end" role="search">
        <div>
          <label htmlFor="q" className="block font-medium">
            {t('users.search')}
          </label>
          <Input id="q" name="q" type="search" defaultValue={query.q} />
        </div>
        <div>
          <label htmlFor="role" className="block font-medium">
            {t('users.role')}
          </label>
          <Select id="role" name="role" defaultValue={query.role ?? ''}>
            <option value="">{t('users.allRoles')}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {tRoles(r)}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" variant="secondary">
          {t('filter')}
        </Button>
      </form>
      <p className="mb-2 text-sm text-stone-700">{t('users.count', { count: total })}</p>
      <Table caption={t('users.title')} head={[t('users.name'), t('users.email'), t('users.verified'), t('users.role'), t('users.status')]}>
        {rows.map((u) => (
          <tr key={u.id}>
            <Td>{u.name}</Td>
            <Td className="break-all">{u.email}</Td>
            <Td>{u.emailVerifiedAt ? <Badge tone="green">{t('users.yes')}</Badge> : <Badge tone="amber">{t('users.no')}</Badge>}</Td>
            <Td>{u.id === actor.id || u.deletedAt ? tRoles(u.role) : <RoleForm userId={u.id} role={u.role} userName={u.name} />}</Td>
            <Td>
              {u.deletedAt ? (
                tData('staffDelete.deleted')
              ) : u.id === actor.id ? (
                t('users.active')
              ) : (
                <div className="space-y-2">
                  <DisableButton userId={u.id} disabled={Boolean(u.disabledAt)} userName={u.name} />
                  <DeleteUserButton userId={u.id} userName={u.name} />
                </div>
              )}
            </Td>
          </tr>
        ))}
      </Table>
      <Pagination
        page={page}
        total={total}
        pageSize={pageSize}
        hrefFor={(p) => `/${locale}/staff/users?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(query.role ? { role: query.role } : {}), page: String(p) })}`}
        labels={{ previous: t('previous'), next: t('next'), status: t('pageOf', { page, pages: Math.ceil(total / pageSize) }) }}
      />
    </>
  );
}
