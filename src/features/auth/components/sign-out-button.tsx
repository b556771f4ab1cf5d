'use client';

import { signOut } from 'next-auth/react';
import { useLocale, useTranslations } from 'next-intl';

export function SignOutButton() {
  const t = useTranslations('nav');
  const locale = useLocale();
  return (
    <button type="button" className="min-h-11 px-2 underline-offset-4 hover:underline" onClick={() => signOut({ callbackUrl: `/${locale}` })}>
      {t('signOut')}
    </button>
  );
}
