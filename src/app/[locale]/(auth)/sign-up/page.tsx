import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Card, PageTitle } from '@/components/ui/card';
import { localeParam } from '@/lib/i18n/params';
import { SignUpForm } from '@/features/auth/components/sign-up-form';
import { InvitationBanner } from '@/features/delegations/components/invitation-banner';
import { pendingFromCookie } from '@/features/delegations/pending/data';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('signUp.title') };
}

export default async function SignUpPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  const t = await getTranslations('auth');
  const invitation = await pendingFromCookie();
  return (
    <>
      <PageTitle lead={t('signUp.lead')}>{t('signUp.title')}</PageTitle>
      {invitation ? <div className="mb-4"><InvitationBanner invitation={invitation} locale={locale} next="signUp" /></div> : null}
      <Card>
        <SignUpForm />
      </Card>
    </>
  );
}
