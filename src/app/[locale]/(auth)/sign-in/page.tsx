import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Card, PageTitle } from '@/components/ui/card';
import { SignInForm } from '@/features/auth/components/sign-in-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('signIn.title') };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const t = await getTranslations('auth');
  const { callbackUrl } = await searchParams;
  return (
    <>
      <PageTitle>{t('signIn.title')}</PageTitle>
      <Card>
        <SignInForm callbackUrl={typeof callbackUrl === 'string' ? callbackUrl : undefined} />
      </Card>
    </>
  );
}
