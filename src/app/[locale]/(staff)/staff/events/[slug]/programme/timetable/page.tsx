import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { formatDayHeading } from '@/lib/dates';
import { localized } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { localeParam } from '@/lib/i18n/params';
import { listProgramme, listRooms } from '@/features/programme/data';
import { groupByDay } from '@/features/programme/filters';
import { eventDays } from '@/lib/zoned-time';
import { loadStaffProgrammeEvent } from '@/features/programme/loaders';
import { ProgrammeSubnav } from '@/features/programme/components/staff-subnav';
import { timeRange } from '@/features/programme/components/session-card';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('programme'))('staff.nav.timetable') };
}

/** Days (rows) × rooms (columns); each cell lists that room's sessions of the day in time order. */
export default async function TimetablePage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const locale = await localeParam(params);
  const { slug } = await params;
  const { event } = await loadStaffProgrammeEvent(locale, slug, '/timetable');
  const t = await getTranslations('programme');
  const [sessions, rooms] = await Promise.all([listProgramme(event), listRooms(event.id)]);
  const byDay = new Map(groupByDay(sessions, event.timeZone));
  const days = [...new Set([...eventDays(event.startDate, event.endDate), ...byDay.keys()])].sort();
  const columns = [...rooms.map((r) => ({ id: r.id as string | null, name: r.name })), ...(sessions.some((s) => !s.room) ? [{ id: null, name: t('staff.noRoom') }] : [])];
  return (
    <div className="space-y-4">
      <h2 className="text-xl font-semibold">{t('staff.nav.timetable')}</h2>
      <ProgrammeSubnav slug={slug} current="timetable" />
      <p className="text-sm text-stone-700">{t('staff.timetableLead', { zone: event.timeZone })}</p>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white" tabIndex={0} role="region" aria-label={t('staff.nav.timetable')}>
        <table className="min-w-full border-collapse text-left text-sm" data-testid="timetable">
          <caption className="sr-only">{t('staff.nav.timetable')}</caption>
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="sticky left-0 bg-stone-100 px-3 py-2">{t('staff.day')}</th>
              {columns.map((c) => (
                <th key={c.id ?? 'none'} scope="col" className="min-w-40 px-3 py-2">{c.name}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {days.map((day) => (
              <tr key={day}>
                <th scope="row" className="sticky left-0 bg-white px-3 py-2 align-top font-semibold">
                  {formatDayHeading(day, locale, 'short')}
                </th>
                {columns.map((c) => {
                  const cell = (byDay.get(day) ?? []).filter((s) => (s.room?.id ?? null) === c.id);
                  return (
                    <td key={c.id ?? 'none'} className="px-2 py-2 align-top">
                      <ul className="space-y-2">
                        {cell.map((s) => (
                          <li key={s.id} className="rounded border-l-4 bg-stone-50 p-2" style={{ borderLeftColor: s.track?.color ?? '#78716c' }}>
                            <span className="block text-xs text-stone-700">{timeRange(s, locale, event.timeZone)}</span>
                            <Link href={`/staff/events/${slug}/programme/sessions/${s.id}`} className="font-medium text-brand-700 underline">
                              {localized(s.title, locale, event.languages)}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
