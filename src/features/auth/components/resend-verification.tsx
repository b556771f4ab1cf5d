'use client';

import { useState, useTransition } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { isLocale } from '@/lib/i18n/locales';
import { resendVerification } from '../actions';

export function ResendVerification({ email }: { email: string }) {
  const t = useTranslations('auth');
  const locale = useLocale();
  const [sent, setSent] = useState(false);
  const [pending, startTransition] = useTransition();
  if (sent) return <p role="status">{t('verify.resent')}</p>;
  return (
    <Button
      variant="secondary"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await resendVerification({ email, locale: isLocale(locale) ? locale : 'fr' });
          if (result.ok) setSent(true);
        })
      }
    >
      {t('verify.resend')}
    </Button>
  );
}
