import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Card, PageTitle } from '@/components/ui/card';
import { VerifyEmailButton } from '@/features/auth/components/verify-email-button';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('verify.title') };
}

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const t = await getTranslations('auth');
  const { token } = await searchParams;
  return (
    <>
      <PageTitle lead={t('verify.lead')}>{t('verify.title')}</PageTitle>
      <Card>{typeof token === 'string' && token ? <VerifyEmailButton token={token} /> : <Alert tone="error">{t('tokenMissing')}</Alert>}</Card>
    </>
  );
}
