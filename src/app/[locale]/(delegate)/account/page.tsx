import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Card, PageTitle } from '@/components/ui/card';
import { localeParam } from '@/lib/i18n/params';
import { requireUserPage } from '@/features/auth/loaders';
import { Link } from '@/lib/i18n/navigation';
import { announcementsOptOutOf } from '@/features/announcements/data';
import { OptOutForm } from '@/features/announcements/components/opt-out-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('title') };
}

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  const actor = await requireUserPage(locale, '/account');
  const t = await getTranslations('account');
  const tReg = await getTranslations('registration');
  const tData = await getTranslations('myData');
  const optOut = await announcementsOptOutOf(actor.id);
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <Card>
        <dl className="grid gap-3 sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium">{t('name')}</dt>
          <dd>{actor.name}</dd>
          <dt className="font-medium">{t('email')}</dt>
          <dd>{actor.email}</dd>
          <dt className="font-medium">{t('role')}</dt>
          <dd data-testid="account-role">{t(`roles.${actor.role}`)}</dd>
        </dl>
      </Card>
      <Card className="mt-4">
        <OptOutForm optOut={optOut} />
      </Card>
      <p className="mt-4">
        <Link href="/my/registrations" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline" data-testid="my-registrations-link">
          {tReg('my.title')}
        </Link>
      </p>
      <p className="mt-2">
        <Link href="/account/data" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline" data-testid="my-data-link">
          {tData('accountLink')}
        </Link>
      </p>
    </>
  );
}
