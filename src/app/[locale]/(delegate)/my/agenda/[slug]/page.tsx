import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { PageTitle } from '@/components/ui/card';
import { formatDayHeading } from '@/lib/dates';
import { appUrl } from '@/lib/env';
import { localized } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { localeParam } from '@/lib/i18n/params';
import { requireUserPage } from '@/features/auth/loaders';
import { findProgrammeEvent } from '@/features/programme/data';
import { groupByDay } from '@/features/programme/filters';
import { SessionCard } from '@/features/programme/components/session-card';
import { findOwnRegistration, listAgenda } from '@/features/enrolment/data';
import { canEnrol, enrolmentOpen } from '@/features/enrolment/rules';
import { EnrolButton } from '@/features/enrolment/components/enrol-button';
import { CopyField } from '@/features/enrolment/components/copy-field';
import { RoundLinks } from '@/features/allocation/components/round-links';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('agenda'))('title') };
}

export default async function AgendaPage({ params }: Props) {
  const locale = await localeParam(params);
  const { slug } = await params;
  const actor = await requireUserPage(locale, `/my/agenda/${slug}`);
  const t = await getTranslations('agenda');
  const event = await findProgrammeEvent(slug, actor.role);
  const registration = event ? await findOwnRegistration(actor.id, event.id) : null;
  if (!event || !registration) notFound();
  const active = canEnrol(registration.status);
  const agenda = active ? await listAgenda(registration.id) : [];
  const feed = `${appUrl()}/api/calendar/${registration.calendarToken}?locale=${locale}`;
  const webcal = feed.replace(/^https?:/, 'webcal:');
  const now = new Date();
  const sessions = agenda.map((row) => ({ ...row.session, row }));
  return (
    <div className="space-y-6">
      <PageTitle lead={t('lead', { zone: event.timeZone })}>
        {t('title')} — {localized(event.title, locale, event.languages)}
      </PageTitle>
      <p className="flex flex-wrap gap-3">
        <Link href={`/events/${slug}/programme`} className="text-brand-700 underline">
          {t('browseProgramme')}
        </Link>
      </p>
      {registration.status === 'APPROVED' ? <RoundLinks eventId={event.id} /> : null}
      {!active ? <Alert tone="warning">{t('inactive')}</Alert> : null}
      {active && agenda.length === 0 ? <p data-testid="agenda-empty">{t('empty')}</p> : null}
      {groupByDay(sessions, event.timeZone).map(([day, list]) => (
        <section key={day} aria-labelledby={`day-${day}`} className="space-y-3">
          <h2 id={`day-${day}`} className="text-xl font-semibold">
            {formatDayHeading(day, locale)}
          </h2>
          <ul className="space-y-3">
            {list.map((s) => (
              <li key={s.id} data-testid="agenda-item">
                <SessionCard seats={false} session={{ ...s, capacity: null, enrolledCount: 0, eligibility: {}, room: s.room ? { name: s.room.name, capacity: 0 } : null }} locale={locale} timeZone={event.timeZone} languages={event.languages} href={`/events/${slug}/programme/${s.id}`}>
                  {enrolmentOpen(s, now) ? (
                    <EnrolButton sessionId={s.id} title={localized(s.title, locale, event.languages)} full={false} state={s.row.status === 'ENROLLED' ? { status: 'ENROLLED' } : { status: 'WAITLISTED', rank: s.row.rank ?? 0 }} />
                  ) : (
                    <p className="text-sm">{s.row.status === 'ENROLLED' ? t('enrol.youAreEnrolled') : t('enrol.youAreWaiting', { rank: s.row.rank ?? 0 })}</p>
                  )}
                </SessionCard>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {active ? (
        <section aria-labelledby="calendar" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="calendar" className="text-lg font-semibold">{t('calendarTitle')}</h2>
          <p className="text-sm">{t('calendarHelp')}</p>
          <CopyField id="feed-url" label={t('feedUrl')} value={feed} />
          <p className="text-sm text-stone-700">{t('feedSecret')}</p>
          <div className="flex flex-wrap gap-2">
            <a href={webcal} className={buttonClass('primary')}>{t('subscribe')}</a>
            <a href={`/api/calendar/${registration.calendarToken}?locale=${locale}`} download={`${slug}-agenda.ics`} className={buttonClass('secondary')} data-testid="download-ics">
              {t('download')}
            </a>
          </div>
        </section>
      ) : null}
    </div>
  );
}
