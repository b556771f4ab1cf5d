import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Link } from '@/lib/i18n/navigation';
import { listConflicts } from '../data';

/**
 * The number of open programme conflicts with a link to the list — for the programme
 * overview and any staff dashboard of the event (drop-in server component).
 */
export async function OpenConflicts({ event }: { event: { id: string; slug: string; startDate: Date; endDate: Date; timeZone: string } }) {
  const t = await getTranslations('programme');
  const { conflicts } = await listConflicts(event);
  if (conflicts.length === 0) {
    return (
      <p className="text-sm text-stone-700" data-testid="no-conflicts">
        {t('staff.noConflicts')}
      </p>
    );
  }
  return (
    <Alert tone="warning" testId="open-conflicts">
      <Link href={`/staff/events/${event.slug}/programme/conflicts`} className="font-medium underline">
        {t('staff.openConflicts', { count: conflicts.length })}
      </Link>
    </Alert>
  );
}
