import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { PageTitle } from '@/components/ui/card';
import { SiteChrome } from './_components/site-chrome';

/** notFound() below a route group's layout replaces that layout: the header comes with this page. */
export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundBody />
    </SiteChrome>
  );
}

export function NotFoundBody() {
  const t = useTranslations('common');
  return (
    <div>
      <PageTitle lead={t('notFoundLead')}>{t('notFound')}</PageTitle>
      <Link href="/" className="text-brand-700 underline">
        {t('backHome')}
      </Link>
    </div>
  );
}
