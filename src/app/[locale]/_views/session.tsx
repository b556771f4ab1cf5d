import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Badge, Card, PageTitle } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/button';
import { formatInstant } from '@/lib/dates';
import { countryName, languageName } from '@/lib/geo';
import { localized, localizedLang } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { localeParam } from '@/lib/i18n/params';
import type { Actor } from '@/features/auth/data';
import { findProgrammeEvent, findSession } from '@/features/programme/data';
import { isEligible, parseEligibility } from '@/features/programme/eligibility';
import { eligibilityText, timeRange } from '@/features/programme/components/session-card';
import { findOwnRegistration, ownEnrolmentsBySession } from '@/features/enrolment/data';
import { canEnrol, effectiveCapacity, enrolmentOpen, seatsLeft } from '@/features/enrolment/rules';
import { EnrolButton } from '@/features/enrolment/components/enrol-button';

type Props = { params: Promise<{ locale: string; slug: string; sessionId: string }> };

// A session's page body, for the signed-in route and the anonymous, cached one (see src/proxy.ts).
async function load(params: Props['params'], actor: Actor | null) {
  const { slug, sessionId } = await params;
  const event = await findProgrammeEvent(slug, actor?.role ?? null);
  const session = event ? await findSession(event.id, sessionId) : null;
  return { actor, event, session, slug };
}

export async function sessionMetadata({ params }: Props, actor: Actor | null): Promise<Metadata> {
  const locale = await localeParam(params);
  const { event, session } = await load(params, actor);
  return event && session ? { title: localized(session.title, locale, event.languages) } : {};
}

export async function SessionView({ params, actor: viewer }: Props & { actor: Actor | null }) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const t = await getTranslations('programme');
  const tp = await getTranslations('people.programme');
  const { actor, event, session, slug } = await load(params, viewer);
  if (!event || !session) notFound();
  const capacity = effectiveCapacity(session);
  const left = seatsLeft(capacity, session.enrolledCount);
  const rules = parseEligibility(session.eligibility);
  const restriction = await eligibilityText(rules);
  const registration = actor ? await findOwnRegistration(actor.id, event.id) : null;
  const mine = registration && canEnrol(registration.status) ? await ownEnrolmentsBySession(registration.id) : null;
  const state = mine?.get(session.id);
  const title = localized(session.title, locale, event.languages);
  const description = localized(session.description, locale, event.languages);
  const open = enrolmentOpen(session);
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/events/${slug}/programme`} className="text-brand-700 underline">
          {t('public.backToProgramme')}
        </Link>
      </p>
      <PageTitle lead={`${formatInstant(session.startsAt, locale, event.timeZone, { zone: false })} – ${formatInstant(session.endsAt, locale, event.timeZone, { date: false })}`}>
        <span lang={localizedLang(session.title, locale, event.languages)}>{title}</span>
      </PageTitle>
      <div className="flex flex-wrap gap-2">
        <Badge tone="blue">{t(`kinds.${session.kind}`)}</Badge>
        {session.track ? <Badge>{localized(session.track.name, locale, event.languages)}</Badge> : null}
      </div>
      <div className="grid gap-6 md:grid-cols-3">
        <div className="space-y-4 md:col-span-2">
          {description ? (
            <div lang={localizedLang(session.description, locale, event.languages)} className="whitespace-pre-line leading-relaxed">
              {description}
            </div>
          ) : null}
          {session.speakers.length > 0 ? (
            <section aria-labelledby="speakers" className="space-y-2">
              <h2 id="speakers" className="text-lg font-semibold">{t('public.speakers')}</h2>
              <ul className="space-y-1">
                {session.speakers.map((sp) => (
                  <li key={sp.id}>
                    <span className="font-medium">{sp.name}</span>
                    {sp.organization ? `, ${sp.organization}` : ''}
                    {sp.country ? ` (${countryName(sp.country, locale)})` : ''}
                    {sp.role === 'MODERATOR' ? <> — {t('speakerRoles.MODERATOR')}</> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
        <Card className="space-y-3">
          <dl className="space-y-2 text-sm">
            <div>
              <dt className="font-medium">{t('public.when')}</dt>
              <dd>{timeRange(session, locale, event.timeZone)}</dd>
            </div>
            {session.room ? (
              <div>
                <dt className="font-medium">{t('public.room')}</dt>
                <dd>{session.room.name}{session.room.location ? ` — ${session.room.location}` : ''}</dd>
              </div>
            ) : null}
            <div>
              <dt className="font-medium">{t('public.workingLanguages')}</dt>
              <dd>{session.workingLanguages.map((l) => languageName(l, locale)).join(', ')}</dd>
            </div>
            <div>
              <dt className="font-medium">{t('public.interpretation')}</dt>
              <dd>{session.interpretationLanguages.length ? session.interpretationLanguages.map((l) => languageName(l, locale)).join(', ') : t('public.none')}</dd>
            </div>
            <div>
              <dt className="font-medium">{t('public.seats')}</dt>
              <dd data-testid="seats-left">
                {left === null ? t('public.unlimited') : left > 0 ? t('seatsLeft', { count: left }) : t('fullWithWaitlist', { count: session._count.enrollments })}
              </dd>
            </div>
            {restriction ? (
              <div>
                <dt className="font-medium">{t('public.eligibility')}</dt>
                <dd>{restriction}</dd>
              </div>
            ) : null}
          </dl>
          {mine && registration && open && (state || isEligible(rules, registration)) ? (
            <EnrolButton
              sessionId={session.id}
              title={title}
              full={left !== null && left === 0}
              state={state ? (state.status === 'ENROLLED' ? { status: 'ENROLLED' } : { status: 'WAITLISTED', rank: state.rank ?? 0 }) : { status: 'NONE' }}
            />
          ) : null}
          {mine && registration && open && !state && !isEligible(rules, registration) ? <p className="text-sm">{t('public.notEligible')}</p> : null}
          {actor && !registration && open ? (
            // Signed in but not registered for the gathering: say what to do first.
            <div className="space-y-2 rounded-md border-l-4 border-sky-700 bg-sky-50 p-3 text-sm text-sky-950" data-testid="register-to-enrol">
              <p>{tp('registerToEnrol')}</p>
              <Link href={`/events/${slug}/register`} className="inline-flex min-h-11 items-center font-medium underline">{tp('registerLink')}</Link>
            </div>
          ) : null}
          {!actor && open ? (
            <p className="text-sm">
              <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/events/${slug}/programme/${session.id}`)}`} className="text-brand-700 underline">
                {t('public.signInToEnrol')}
              </Link>
            </p>
          ) : null}
          <a href={`/api/sessions/${session.id}/ics?locale=${locale}`} className={buttonClass('secondary', 'w-full')} download>
            {t('public.addToCalendar')}
          </a>
        </Card>
      </div>
    </div>
  );
}
