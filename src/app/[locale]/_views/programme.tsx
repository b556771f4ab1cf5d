import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageTitle } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/button';
import { Select } from '@/components/ui/input';
import { formatDayHeading } from '@/lib/dates';
import { languageName } from '@/lib/geo';
import { localized } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { localeParam } from '@/lib/i18n/params';
import type { Actor } from '@/features/auth/data';
import { findProgrammeEvent, listProgramme, listTracks } from '@/features/programme/data';
import { filterSessions, groupByDay, languagesOffered } from '@/features/programme/filters';
import { programmeFiltersSchema, SESSION_KINDS } from '@/features/programme/schema';
import { eventDays } from '@/lib/zoned-time';
import { SessionCard } from '@/features/programme/components/session-card';
import { findOwnRegistration, ownEnrolmentsBySession } from '@/features/enrolment/data';
import { canEnrol, effectiveCapacity, enrolmentOpen } from '@/features/enrolment/rules';
import { isEligible, parseEligibility } from '@/features/programme/eligibility';
import { EnrolButton } from '@/features/enrolment/components/enrol-button';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The programme page's body, for the signed-in route and the anonymous, cached one (no filters: see src/proxy.ts).
export async function programmeMetadata({ params }: Pick<Props, 'params'>, actor: Actor | null): Promise<Metadata> {
  const locale = await localeParam(params);
  const { slug } = await params;
  const event = await findProgrammeEvent(slug, actor?.role ?? null);
  const t = await getTranslations({ locale, namespace: 'programme' });
  return event ? { title: `${t('public.title')} — ${localized(event.title, locale, event.languages)}` } : {};
}

export async function ProgrammeView({ params, searchParams, actor }: Props & { actor: Actor | null }) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const { slug } = await params;
  const t = await getTranslations('programme');
  const tp = await getTranslations('people.programme');
  const event = await findProgrammeEvent(slug, actor?.role ?? null);
  if (!event) notFound();
  const raw = await searchParams;
  const filters = programmeFiltersSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined])));
  const [all, tracks] = await Promise.all([listProgramme(event), listTracks(event.id)]);
  const sessions = filterSessions(all, filters, event.timeZone);
  const registration = actor ? await findOwnRegistration(actor.id, event.id) : null;
  const mine = registration && canEnrol(registration.status) ? await ownEnrolmentsBySession(registration.id) : null;
  const days = eventDays(event.startDate, event.endDate);
  const dayLabel = (day: string) => formatDayHeading(day, locale);
  const langs = languagesOffered(all);
  const now = new Date();

  return (
    <div className="space-y-6">
      <PageTitle lead={t('public.lead', { zone: event.timeZone })}>
        {t('public.title')} — {localized(event.title, locale, event.languages)}
      </PageTitle>
      <p className="flex flex-wrap gap-3">
        <Link href={`/events/${slug}`} className="text-brand-700 underline">
          {t('public.backToEvent')}
        </Link>
        {registration ? (
          <Link href={`/my/agenda/${slug}`} className="text-brand-700 underline">
            {t('public.myAgenda')}
          </Link>
        ) : null}
      </p>
      {actor && !registration ? (
        <div className="space-y-1 rounded-md border-l-4 border-sky-700 bg-sky-50 px-4 py-3 text-sky-950" data-testid="register-to-enrol">
          <p>{tp('registerToEnrol')}</p>
          <Link href={`/events/${slug}/register`} className="inline-flex min-h-11 items-center font-medium underline">{tp('registerLink')}</Link>
        </div>
      ) : null}
      {/* Collapsed on arrival (a phone's first screen is the programme, not the filters); open while filtering. */}
      <details open={Boolean(filters.day || filters.track || filters.kind || filters.lang)} className="rounded-lg border border-stone-200 bg-white" data-testid="programme-filters">
      <summary className="flex min-h-11 cursor-pointer items-center px-4 py-2 font-medium">{tp('filters')}</summary>
      <form method="get" role="search" aria-label={t('public.filters')} className="grid gap-3 border-t border-stone-200 p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
        <div>
          <label htmlFor="day" className="block font-medium">{t('public.day')}</label>
          <Select id="day" name="day" defaultValue={filters.day ?? ''}>
            <option value="">{t('public.allDays')}</option>
            {days.map((d) => (
              <option key={d} value={d}>{dayLabel(d)}</option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="track" className="block font-medium">{t('public.track')}</label>
          <Select id="track" name="track" defaultValue={filters.track ?? ''}>
            <option value="">{t('public.allTracks')}</option>
            {tracks.map((tr) => (
              <option key={tr.id} value={tr.id}>{localized(tr.name, locale, event.languages)}</option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="kind" className="block font-medium">{t('public.kind')}</label>
          <Select id="kind" name="kind" defaultValue={filters.kind ?? ''}>
            <option value="">{t('public.allKinds')}</option>
            {SESSION_KINDS.map((k) => (
              <option key={k} value={k}>{t(`kinds.${k}`)}</option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="lang" className="block font-medium">{t('public.language')}</label>
          <Select id="lang" name="lang" defaultValue={filters.lang ?? ''}>
            <option value="">{t('public.allLanguages')}</option>
            {langs.map((l) => (
              <option key={l} value={l}>{languageName(l, locale)}</option>
            ))}
          </Select>
        </div>
        <div className="flex gap-2">
          <button type="submit" className={buttonClass('primary')}>{t('public.apply')}</button>
          <Link href={`/events/${slug}/programme`} className={buttonClass('secondary')}>{t('public.reset')}</Link>
        </div>
      </form>
      </details>
      <p className="text-sm text-stone-700" aria-live="polite" data-testid="programme-count">{t('public.count', { count: sessions.length })}</p>
      {groupByDay(sessions, event.timeZone).map(([day, list]) => (
        <section key={day} aria-labelledby={`day-${day}`} className="space-y-3">
          <h2 id={`day-${day}`} className="text-xl font-semibold">{dayLabel(day)}</h2>
          <ul className="space-y-3">
            {list.map((s) => {
              const state = mine?.get(s.id);
              const capacity = effectiveCapacity(s);
              const canShowButton = mine && registration && enrolmentOpen(s, now) && (state || isEligible(parseEligibility(s.eligibility), registration));
              return (
                <li key={s.id}>
                  <SessionCard session={s} locale={locale} timeZone={event.timeZone} languages={event.languages} href={`/events/${slug}/programme/${s.id}`}>
                    {canShowButton ? (
                      <EnrolButton
                        sessionId={s.id}
                        title={localized(s.title, locale, event.languages)}
                        full={capacity !== null && s.enrolledCount >= capacity}
                        state={state ? (state.status === 'ENROLLED' ? { status: 'ENROLLED' } : { status: 'WAITLISTED', rank: state.rank ?? 0 }) : { status: 'NONE' }}
                      />
                    ) : null}
                  </SessionCard>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
