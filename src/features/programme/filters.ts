// Pure filtering of a loaded programme (an event has at most a few hundred sessions).
import { zonedDay } from '@/lib/zoned-time';
import type { ProgrammeFilters } from './schema';

type Filterable = { startsAt: Date; kind: string; track: { id: string } | null; workingLanguages: string[]; interpretationLanguages: string[] };

export function filterSessions<T extends Filterable>(sessions: readonly T[], filters: ProgrammeFilters, timeZone: string): T[] {
  return sessions.filter(
    (s) =>
      (!filters.day || zonedDay(s.startsAt, timeZone) === filters.day) &&
      (!filters.kind || s.kind === filters.kind) &&
      (!filters.track || s.track?.id === filters.track) &&
      (!filters.lang || s.workingLanguages.includes(filters.lang) || s.interpretationLanguages.includes(filters.lang)),
  );
}

/** Sessions grouped by their day in the event's zone, days in order. */
export function groupByDay<T extends { startsAt: Date }>(sessions: readonly T[], timeZone: string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const s of sessions) {
    const day = zonedDay(s.startsAt, timeZone);
    groups.set(day, [...(groups.get(day) ?? []), s]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** Languages offered anywhere in the programme (working or interpreted), for the filter. */
export function languagesOffered(sessions: readonly Filterable[]): string[] {
  return [...new Set(sessions.flatMap((s) => [...s.workingLanguages, ...s.interpretationLanguages]))].sort();
}
