import 'server-only';
// Calendar files: the delegate's personal feed (secret URL) and one session's download.
import { appUrl } from '@/lib/env';
import { isLocale, type AppLocale } from '@/lib/i18n/locales';
import { localized } from '@/lib/i18n/localized';
import { translatorFor } from '@/lib/i18n/translator';
import { buildCalendar, type IcsEvent } from '@/features/programme/ics';
import { canSeeEvent } from '@/features/events/policy';
import type { Role } from '@/lib/db-types';
import { findByCalendarToken, findSessionForIcs, listAgenda } from './data';
import { canEnrol } from './rules';

type IcsSession = {
  id: string;
  title: unknown;
  description: unknown;
  startsAt: Date;
  endsAt: Date;
  updatedAt: Date;
  room: { name: string; location: string | null } | null;
};

function toIcsEvent(session: IcsSession, locale: AppLocale, languages: AppLocale[], slug: string, prefix = ''): IcsEvent {
  return {
    uid: `${session.id}@rencontre`,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    updatedAt: session.updatedAt,
    summary: `${prefix}${localized(session.title, locale, languages)}`,
    description: localized(session.description, locale, languages) || undefined,
    location: session.room ? [session.room.name, session.room.location].filter(Boolean).join(', ') : undefined,
    url: `${appUrl()}/${locale}/events/${slug}/programme/${session.id}`,
  };
}

export const ICS_HEADERS = { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' } as const;

/** The feed behind a calendar token, or null (unknown token, or a registration no longer active). */
export async function personalCalendar(token: string, requestedLocale?: string | null): Promise<string | null> {
  const registration = await findByCalendarToken(token);
  if (!registration || registration.event.status === 'DRAFT') return null;
  const locale: AppLocale = isLocale(requestedLocale) ? requestedLocale : isLocale(registration.user.locale) ? registration.user.locale : 'fr';
  const t = await translatorFor(locale);
  const { event } = registration;
  // A cancelled or rejected registration keeps a valid feed, but an empty one.
  const agenda = canEnrol(registration.status) ? await listAgenda(registration.id) : [];
  return buildCalendar({
    name: t('agenda.calendarName' as never, { event: localized(event.title, locale, event.languages) } as never),
    timeZone: event.timeZone,
    events: agenda.map((row) => ({
      ...toIcsEvent(row.session, locale, event.languages, event.slug, row.status === 'WAITLISTED' ? `${t('agenda.waitlistPrefix' as never)} ` : ''),
      tentative: row.status === 'WAITLISTED',
    })),
  });
}

/** One session as an .ics file, for anyone who may see the event. */
export async function sessionCalendar(sessionId: string, role: Role | null, requestedLocale?: string | null): Promise<{ body: string; filename: string } | null> {
  const session = await findSessionForIcs(sessionId);
  if (!session || !canSeeEvent(session.event.status, role)) return null;
  const locale: AppLocale = isLocale(requestedLocale) ? requestedLocale : session.event.languages[0] ?? 'fr';
  const { event } = session;
  const body = buildCalendar({ name: localized(event.title, locale, event.languages), timeZone: event.timeZone, events: [toIcsEvent(session, locale, event.languages, event.slug)] });
  return { body, filename: `${event.slug}-${session.id}.ics` };
}
