import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Card, PageTitle } from '@/components/ui/card';
import { localeParam } from '@/lib/i18n/params';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { InvitationBanner } from '@/features/delegations/components/invitation-banner';
import { pendingFromCookie } from '@/features/delegations/pending/data';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('signIn.title') };
}

export default async function SignInPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const locale = await localeParam(params);
  const t = await getTranslations('auth');
  const { callbackUrl } = await searchParams;
  // An invitation opened while signed out: shown here, and where the sign-in leads.
  const invitation = await pendingFromCookie();
  const target = typeof callbackUrl === 'string' ? callbackUrl : invitation ? `/${locale}${invitation.path}` : undefined;
  return (
    <>
      <PageTitle>{t('signIn.title')}</PageTitle>
      {invitation ? <div className="mb-4"><InvitationBanner invitation={invitation} locale={locale} next="signIn" /></div> : null}
      <Card>
        <SignInForm callbackUrl={target} />
      </Card>
    </>
  );
}
