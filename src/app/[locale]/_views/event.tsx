import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Badge, Card, PageTitle } from '@/components/ui/card';
import { formatDayRange, formatInstant } from '@/lib/dates';
import { localized, localizedLang } from '@/lib/i18n/localized';
import { localeParam } from '@/lib/i18n/params';
import { countryName, languageName } from '@/lib/geo';
import type { Actor } from '@/features/auth/data';
import { findVisibleEvent } from '@/features/events/data';
import { registrationWindow } from '@/features/events/policy';
import { findOwnRegistrationSummary } from '@/features/registrations/data';
import { buttonClass } from '@/components/ui/button';
import { Link } from '@/lib/i18n/navigation';
import { ProgrammeLink } from '@/features/programme/components/programme-link';

type Props = { params: Promise<{ locale: string; slug: string }> };

// The event page's body, for the signed-in route ((public)/events/[slug]) and the anonymous,
// cached one ((anon)/public-view/events/[slug]; see src/proxy.ts).

export async function eventMetadata({ params }: Props, actor: Actor | null): Promise<Metadata> {
  const locale = await localeParam(params);
  const { slug } = await params;
  const event = await findVisibleEvent(slug, actor?.role ?? null);
  return event ? { title: localized(event.title, locale, event.languages) } : {};
}

export async function EventView({ params, actor }: Props & { actor: Actor | null }) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const { slug } = await params;
  const t = await getTranslations('event');
  const event = await findVisibleEvent(slug, actor?.role ?? null);
  if (!event) notFound();
  const window = registrationWindow(event);
  const description = localized(event.description, locale, event.languages);
  const tReg = await getTranslations('registration');
  const mine = actor ? await findOwnRegistrationSummary(actor.id, event.id) : null;
  return (
    <div className="space-y-6">
      <PageTitle lead={`${event.city}, ${countryName(event.country, locale)} · ${formatDayRange(event.startDate, event.endDate, locale)}`}>
        <span lang={localizedLang(event.title, locale, event.languages)}>{localized(event.title, locale, event.languages)}</span>
      </PageTitle>
      <div className="grid gap-6 md:grid-cols-3">
        <div className="space-y-4 md:col-span-2">
          {description ? (
            <div lang={localizedLang(event.description, locale, event.languages)} className="space-y-3 whitespace-pre-line leading-relaxed">
              {description}
            </div>
          ) : null}
          <ProgrammeLink slug={event.slug} sessions={event._count.sessions} />
        </div>
        <Card className="space-y-3">
          <h2 className="text-lg font-semibold">{t('registration')}</h2>
          <p>
            <Badge tone={window === 'open' ? 'green' : 'neutral'}>{t(`window.${window}`)}</Badge>
          </p>
          {mine ? (
            <p>
              <Link href={`/my/registrations/${event.slug}`} className={buttonClass('primary', 'w-full')} data-testid="my-registration-link">
                {tReg('actions.myRegistration')} · {mine.referenceNumber}
              </Link>
            </p>
          ) : window === 'open' ? (
            <p>
              <Link href={`/events/${event.slug}/register`} className={buttonClass('primary', 'w-full')} data-testid="register-link">
                {tReg('actions.register')}
              </Link>
            </p>
          ) : null}
          <dl className="space-y-2 text-sm">
            <div>
              <dt className="font-medium">{t('opens')}</dt>
              <dd>{formatInstant(event.registrationOpensAt, locale, event.timeZone)}</dd>
            </div>
            <div>
              <dt className="font-medium">{t('closes')}</dt>
              <dd>{formatInstant(event.registrationClosesAt, locale, event.timeZone)}</dd>
            </div>
            <div>
              <dt className="font-medium">{t('timeZone')}</dt>
              <dd>{event.timeZone}</dd>
            </div>
            <div>
              <dt className="font-medium">{t('languages')}</dt>
              <dd>{event.languages.map((l) => languageName(l, locale)).join(', ')}</dd>
            </div>
            <div>
              <dt className="font-medium">{t('figures')}</dt>
              <dd>{t('figuresValue', { sessions: event._count.sessions, delegations: event._count.delegations })}</dd>
            </div>
          </dl>
        </Card>
      </div>
    </div>
  );
}
