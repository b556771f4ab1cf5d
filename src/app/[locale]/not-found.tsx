import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { PageTitle } from '@/components/ui/card';

export default function NotFound() {
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
