// Default values of the staff session form (pure).
import { LOCALES, type AppLocale } from '@/lib/i18n/locales';
import { parseEligibility } from './eligibility';
import type { SessionInput } from './schema';
import { instantToZonedWallTime } from '@/lib/zoned-time';

/** Languages offered as checkboxes: the event's, a few widely used by delegations, and any already chosen. */
export function languageChoices(eventLanguages: readonly string[], chosen: readonly string[] = []): string[] {
  return [...new Set([...eventLanguages, 'fr', 'en', 'es', 'pt', 'ar', 'wo', 'sw', 'qu', ...chosen])];
}

const texts = (value: unknown) => Object.fromEntries(LOCALES.map((l) => [l, (value as Record<string, string> | null)?.[l] ?? ''])) as SessionInput['title'];

export function newSessionDefaults(event: { id: string; startDate: Date; languages: AppLocale[] }): SessionInput {
  return {
    eventId: event.id,
    kind: 'WORKSHOP',
    trackId: '',
    roomId: '',
    title: texts({}),
    description: texts({}),
    date: event.startDate.toISOString().slice(0, 10),
    startTime: '09:00',
    endTime: '10:30',
    capacity: '',
    workingLanguages: [event.languages[0] ?? 'fr'],
    interpretationLanguages: [],
    eligibility: {},
    speakers: [],
    confirmConflicts: false,
  };
}

export function editSessionDefaults(
  event: { id: string; timeZone: string },
  s: { id: string; kind: SessionInput['kind']; trackId: string | null; roomId: string | null; title: unknown; description: unknown; startsAt: Date; endsAt: Date; capacity: number | null; workingLanguages: string[]; interpretationLanguages: string[]; eligibility: unknown; speakers: { name: string; organization: string | null; country: string | null; role: 'SPEAKER' | 'MODERATOR' }[] },
): SessionInput {
  const start = instantToZonedWallTime(s.startsAt, event.timeZone);
  const end = instantToZonedWallTime(s.endsAt, event.timeZone);
  return {
    eventId: event.id,
    id: s.id,
    kind: s.kind,
    trackId: s.trackId ?? '',
    roomId: s.roomId ?? '',
    title: texts(s.title),
    description: texts(s.description),
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    capacity: s.capacity === null ? '' : String(s.capacity),
    workingLanguages: s.workingLanguages,
    interpretationLanguages: s.interpretationLanguages,
    eligibility: parseEligibility(s.eligibility) ?? {},
    speakers: s.speakers.map((sp) => ({ name: sp.name, organization: sp.organization ?? '', country: sp.country ?? '', role: sp.role })),
    confirmConflicts: false,
  };
}
