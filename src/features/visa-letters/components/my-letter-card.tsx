import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { AppLocale } from '@/lib/i18n/locales';

/** On the delegate's registration page: their valid letter to download, or "being processed". */
export async function MyLetterCard({ letter, locale, timeZone }: { letter: { id: string; number: string; issuedAt: Date } | null; locale: AppLocale; timeZone: string }) {
  const t = await getTranslations('visaLetters.my');
  return (
    <Card className="space-y-3">
      <h2 className="text-lg font-semibold">{t('title')}</h2>
      {letter ? (
        <>
          <p>{t('issuedOn', { date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(letter.issuedAt) })}</p>
          <a href={`/api/visa-letters/${letter.id}`} className={buttonClass('secondary')} data-testid="download-visa-letter">{t('download', { number: letter.number })}</a>
        </>
      ) : (
        <p data-testid="visa-letter-pending">{t('pending')}</p>
      )}
    </Card>
  );
}
