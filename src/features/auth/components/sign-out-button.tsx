'use client';

import { useLocale, useTranslations } from 'next-intl';
import { signOut } from '../client-session';

export function SignOutButton() {
  const t = useTranslations('nav');
  const locale = useLocale();
  return (
    <button type="button" className="min-h-11 px-2 underline-offset-4 hover:underline" onClick={() => void signOut(`/${locale}`)}>
      {t('signOut')}
    </button>
  );
}
