'use client';

import { useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { PageTitle } from '@/components/ui/card';

/** An unexpected error inside a page: said in the user's language, with a way to retry. */
export default function LocaleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('trust.error');
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div data-testid="error-page">
      <PageTitle lead={t('lead')}>{t('title')}</PageTitle>
      <div className="flex flex-wrap items-center gap-4">
        <button type="button" onClick={reset} className="min-h-11 rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-800">
          {t('retry')}
        </button>
        <Link href="/" className="text-brand-700 underline">
          {t('home')}
        </Link>
      </div>
      {error.digest ? <p className="mt-4 text-sm text-stone-700">{t('reference', { digest: error.digest })}</p> : null}
    </div>
  );
}
