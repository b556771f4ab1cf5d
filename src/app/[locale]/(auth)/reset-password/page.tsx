import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Card, PageTitle } from '@/components/ui/card';
import { ResetPasswordForm } from '@/features/auth/components/reset-password-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('reset.title') };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const t = await getTranslations('auth');
  const { token } = await searchParams;
  return (
    <>
      <PageTitle>{t('reset.title')}</PageTitle>
      <Card>{typeof token === 'string' && token ? <ResetPasswordForm token={token} /> : <Alert tone="error">{t('tokenMissing')}</Alert>}</Card>
    </>
  );
}
