import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Card, PageTitle } from '@/components/ui/card';
import { localeParam } from '@/lib/i18n/params';
import { VerifyEmailButton } from '@/features/auth/components/verify-email-button';
import { InvitationBanner } from '@/features/delegations/components/invitation-banner';
import { pendingForVerificationToken, pendingFromCookie } from '@/features/delegations/pending/data';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('verify.title') };
}

export default async function VerifyEmailPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> }) {
  const locale = await localeParam(params);
  const t = await getTranslations('auth');
  const { token } = await searchParams;
  const valid = typeof token === 'string' && token ? token : null;
  // The account remembers the invitation (PendingInvitation), so the link works from another device too.
  const invitation = (valid ? await pendingForVerificationToken(valid) : null) ?? (await pendingFromCookie());
  const signInHref = invitation ? `/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}${invitation.path}`)}` : undefined;
  return (
    <>
      <PageTitle lead={t('verify.lead')}>{t('verify.title')}</PageTitle>
      {invitation ? <div className="mb-4"><InvitationBanner invitation={invitation} locale={locale} next="signIn" /></div> : null}
      <Card>{valid ? <VerifyEmailButton token={valid} signInHref={signInHref} /> : <Alert tone="error">{t('tokenMissing')}</Alert>}</Card>
    </>
  );
}
