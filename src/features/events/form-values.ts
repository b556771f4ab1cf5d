import { LOCALES, type AppLocale } from '@/lib/i18n/locales';
import { addDays, dayString, toWallTime, todayIn } from '@/lib/zoned-time';
import { PARTICIPANT_TYPES } from '@/features/registrations/schema';
import type { EventFormInput } from './schema';

const texts = (value: unknown) => Object.fromEntries(LOCALES.map((l) => [l, typeof (value as Record<string, unknown> | null)?.[l] === 'string' ? (value as Record<string, string>)[l] : ''])) as Record<AppLocale, string>;

/** A blank creation form: a rencontre about a year ahead, registration open from today. */
export function emptyEventForm(now = new Date()): EventFormInput {
  const timeZone = 'America/Toronto';
  const today = todayIn(timeZone, now);
  const start = addDays(today, 365);
  return {
    slug: '', code: '', title: texts({}), description: texts({}), city: '', country: '', timeZone,
    startDate: start, endDate: addDays(start, 3), opensAt: `${today}T09:00`, closesAt: `${addDays(start, -30)}T23:59`,
    capacity: '', languages: ['fr', 'en', 'es', 'pt'], requiresApproval: true, participantTypes: [...PARTICIPANT_TYPES], currency: 'CAD', copyFromId: '',
  };
}

type Stored = {
  id: string; slug: string; code: string; title: unknown; description: unknown; city: string; country: string; timeZone: string;
  startDate: Date; endDate: Date; registrationOpensAt: Date; registrationClosesAt: Date; capacity: number | null;
  languages: AppLocale[]; requiresApproval: boolean; participantTypes: EventFormInput['participantTypes']; currency: string;
};

export function eventFormValues(e: Stored): EventFormInput {
  return {
    eventId: e.id, slug: e.slug, code: e.code, title: texts(e.title), description: texts(e.description), city: e.city, country: e.country, timeZone: e.timeZone,
    startDate: dayString(e.startDate), endDate: dayString(e.endDate),
    opensAt: toWallTime(e.registrationOpensAt, e.timeZone), closesAt: toWallTime(e.registrationClosesAt, e.timeZone),
    capacity: e.capacity === null ? '' : String(e.capacity), languages: e.languages, requiresApproval: e.requiresApproval,
    participantTypes: e.participantTypes, currency: e.currency,
  };
}
