'use client';

import { useLocale, useTranslations } from 'next-intl';

/**
 * What next-auth/react's signOut() does (CSRF token, then POST to the sign-out endpoint),
 * without shipping next-auth/react (~14 KB gzipped) to every page: this button is in the header.
 */
async function signOut(callbackUrl: string) {
  const { csrfToken } = (await (await fetch('/api/auth/csrf')).json()) as { csrfToken: string };
  const res = await fetch('/api/auth/signout', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Auth-Return-Redirect': '1' },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: 'true' }),
  });
  const { url } = (await res.json().catch(() => ({}))) as { url?: string };
  window.location.href = url ?? callbackUrl;
}

export function SignOutButton() {
  const t = useTranslations('nav');
  const locale = useLocale();
  return (
    <button type="button" className="min-h-11 px-2 underline-offset-4 hover:underline" onClick={() => void signOut(`/${locale}`)}>
      {t('signOut')}
    </button>
  );
}
