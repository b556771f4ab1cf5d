import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/button';
import { Table, Td } from '@/components/ui/table';
import { formatInstant } from '@/lib/dates';
import { localized } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { localeParam } from '@/lib/i18n/params';
import { listConflicts, listSessionsForStaff } from '@/features/programme/data';
import { loadStaffProgrammeEvent } from '@/features/programme/loaders';
import { ProgrammeSubnav } from '@/features/programme/components/staff-subnav';
import { OpenConflicts } from '@/features/programme/components/open-conflicts';
import { effectiveCapacity } from '@/features/enrolment/rules';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('programme'))('staff.sessionsTitle') };
}

export default async function StaffProgrammePage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const { slug } = await params;
  const { event } = await loadStaffProgrammeEvent(locale, slug, '');
  const t = await getTranslations('programme');
  const [sessions, { conflicts }] = await Promise.all([listSessionsForStaff(event.id), listConflicts(event)]);
  const { saved } = await searchParams;
  const conflictCount = new Map<string, number>();
  for (const c of conflicts) {
    conflictCount.set(c.sessionId, (conflictCount.get(c.sessionId) ?? 0) + 1);
    if ('otherSessionId' in c) conflictCount.set(c.otherSessionId, (conflictCount.get(c.otherSessionId) ?? 0) + 1);
  }
  return (
    <div className="space-y-4">
      <h2 className="text-xl font-semibold">{t('staff.sessionsTitle')}</h2>
      <ProgrammeSubnav slug={slug} current="sessions" />
      {saved ? (
        <Alert tone="success" testId="session-saved">
          {t('staff.saved')}
        </Alert>
      ) : null}
      <OpenConflicts event={event} />
      <p>
        <Link href={`/staff/events/${slug}/programme/sessions/new`} className={buttonClass('primary')}>
          {t('staff.newSession')}
        </Link>
      </p>
      <Table caption={t('staff.sessionsTitle')} head={[t('staff.when'), t('staff.session'), t('staff.room'), t('staff.enrolled'), t('staff.waiting'), t('staff.conflicts')]}>
        {sessions.map((s) => {
          const capacity = effectiveCapacity(s);
          return (
            <tr key={s.id} data-testid="staff-session-row">
              <Td className="whitespace-nowrap">{formatInstant(s.startsAt, locale, event.timeZone, { zone: false })}</Td>
              <Td>
                <Link href={`/staff/events/${slug}/programme/sessions/${s.id}`} className="font-medium text-brand-700 underline">
                  {localized(s.title, locale, event.languages)}
                </Link>
                <div className="text-xs text-stone-700">{t(`kinds.${s.kind}`)}</div>
              </Td>
              <Td>{s.room?.name ?? '—'}</Td>
              <Td>{capacity === null ? s.enrolledCount : `${s.enrolledCount} / ${capacity}`}</Td>
              <Td>{s.waiting}</Td>
              <Td>{conflictCount.get(s.id) ? <Badge tone="amber">{conflictCount.get(s.id)}</Badge> : '—'}</Td>
            </tr>
          );
        })}
      </Table>
    </div>
  );
}
