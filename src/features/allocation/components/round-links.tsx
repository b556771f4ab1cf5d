import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { listRoundsForDelegate } from '../data';
import { roundPhase } from '../rules';

/** On the agenda: a link to rank the workshops of each open round of the event. */
export async function RoundLinks({ eventId }: { eventId: string }) {
  const t = await getTranslations('allocation');
  const open = (await listRoundsForDelegate(eventId)).filter((r) => roundPhase(r) === 'OPEN');
  if (open.length === 0) return null;
  return (
    <ul className="space-y-1" data-testid="round-links">
      {open.map((r) => (
        <li key={r.id}>
          <Link href={`/my/preferences/${r.id}`} className="font-medium text-brand-700 underline">{t('rank.link', { round: r.name })}</Link>
        </li>
      ))}
    </ul>
  );
}
