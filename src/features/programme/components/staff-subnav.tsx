import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

const ITEMS = ['sessions', 'timetable', 'rooms', 'tracks', 'conflicts', 'fill'] as const;

/** Second-level navigation of the staff programme area; `current` is marked for screen readers. */
export async function ProgrammeSubnav({ slug, current }: { slug: string; current: (typeof ITEMS)[number] }) {
  const t = await getTranslations('programme.staff.nav');
  const base = `/staff/events/${slug}/programme`;
  const href = (item: (typeof ITEMS)[number]) => (item === 'sessions' ? base : `${base}/${item}`);
  return (
    <nav aria-label={t('label')} className="mb-4">
      <ul className="flex flex-wrap gap-2">
        {ITEMS.map((item) => (
          <li key={item}>
            <Link
              href={href(item)}
              aria-current={item === current ? 'page' : undefined}
              className={`inline-flex min-h-11 items-center rounded-full border px-4 ${item === current ? 'border-brand-700 bg-brand-700 text-white' : 'border-stone-400 bg-white hover:bg-stone-100'}`}
            >
              {t(item)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
