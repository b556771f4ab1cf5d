import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { Link } from '@/lib/i18n/navigation';

/** "Programme" entry on the public event page (and anywhere an event is shown). */
export async function ProgrammeLink({ slug, sessions }: { slug: string; sessions: number }) {
  if (sessions === 0) return null;
  const t = await getTranslations('programme');
  return (
    <p>
      <Link href={`/events/${slug}/programme`} className={buttonClass('secondary')} data-testid="programme-link">
        {t('public.title')}
      </Link>
    </p>
  );
}
