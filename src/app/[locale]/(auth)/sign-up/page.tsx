import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Card, PageTitle } from '@/components/ui/card';
import { SignUpForm } from '@/features/auth/components/sign-up-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('signUp.title') };
}

export default async function SignUpPage() {
  const t = await getTranslations('auth');
  return (
    <>
      <PageTitle lead={t('signUp.lead')}>{t('signUp.title')}</PageTitle>
      <Card>
        <SignUpForm />
      </Card>
    </>
  );
}
