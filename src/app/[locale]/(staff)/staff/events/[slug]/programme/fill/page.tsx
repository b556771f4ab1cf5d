import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/card';
import { Table, Td } from '@/components/ui/table';
import { formatInstant } from '@/lib/dates';
import { languageName } from '@/lib/geo';
import { localized } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { localeParam } from '@/lib/i18n/params';
import { interpretationNeeds, listSessionsForStaff } from '@/features/programme/data';
import { loadStaffProgrammeEvent } from '@/features/programme/loaders';
import { ProgrammeSubnav } from '@/features/programme/components/staff-subnav';
import { effectiveCapacity } from '@/features/enrolment/rules';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('programme'))('staff.nav.fill') };
}

export default async function FillRatesPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const locale = await localeParam(params);
  const { slug } = await params;
  const { event } = await loadStaffProgrammeEvent(locale, slug, '/fill');
  const t = await getTranslations('programme');
  const [sessions, needs] = await Promise.all([listSessionsForStaff(event.id), interpretationNeeds(event.id)]);
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <div className="space-y-4">
      <h2 className="text-xl font-semibold">{t('staff.nav.fill')}</h2>
      <ProgrammeSubnav slug={slug} current="fill" />
      <p className="text-sm text-stone-700">{t('staff.fillLead')}</p>
      <Table caption={t('staff.nav.fill')} head={[t('staff.session'), t('staff.enrolled'), t('staff.fillRate'), t('staff.waiting'), t('staff.interpretationNeeds')]}>
        {sessions.map((s) => {
          const capacity = effectiveCapacity(s);
          const sessionNeeds = needs.get(s.id) ?? [];
          return (
            <tr key={s.id} data-testid="fill-row">
              <Td>
                <Link href={`/staff/events/${slug}/programme/sessions/${s.id}`} className="font-medium text-brand-700 underline">
                  {localized(s.title, locale, event.languages)}
                </Link>
                <div className="text-xs text-stone-700">{formatInstant(s.startsAt, locale, event.timeZone, { zone: false })}{s.room ? ` · ${s.room.name}` : ''}</div>
              </Td>
              <Td>{capacity === null ? t('staff.enrolledUnlimited', { enrolled: s.enrolledCount }) : `${s.enrolledCount} / ${capacity}`}</Td>
              <Td>{capacity ? <Badge tone={s.enrolledCount >= capacity ? 'amber' : 'neutral'}>{pct.format(s.enrolledCount / capacity)}</Badge> : '—'}</Td>
              <Td>{s.waiting}</Td>
              <Td>
                {sessionNeeds.length === 0 ? (
                  '—'
                ) : (
                  <ul className="space-y-1">
                    {sessionNeeds.map((n) => {
                      const offered = s.interpretationLanguages.includes(n.lang);
                      return (
                        <li key={n.lang}>
                          {t('staff.need', { language: languageName(n.lang, locale), count: n.count })}{' '}
                          <Badge tone={offered ? 'green' : 'red'}>{offered ? t('staff.offered') : t('staff.notOffered')}</Badge>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </Td>
            </tr>
          );
        })}
      </Table>
    </div>
  );
}
