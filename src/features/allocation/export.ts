import 'server-only';
import { csvRow, UTF8_BOM } from '@/lib/cells';
import { localized } from '@/lib/i18n/localized';
import type { AppLocale } from '@/lib/i18n/locales';
import { eventLanguages, registrationsFor, roundSessions, type Round } from './data';
import type { RunResult } from './summary';

/**
 * A run as CSV (UTF-8 with BOM, formula-safe cells): one row per enrolment and wait-list
 * place, with the seed and the run id so the file says how to reproduce it.
 */
export async function runCsv(round: Round, run: { id: string; seed: number; result: unknown }, locale: AppLocale): Promise<{ body: string; rows: number }> {
  const result = run.result as RunResult;
  const people = [...new Set([...result.enrol.map((e) => e[0]), ...result.waitlist.map((w) => w[0])])];
  const regs = new Map((await registrationsFor(round.eventId, people)).map((r) => [r.id, r]));
  const languages = await eventLanguages(round.eventId);
  const titles = new Map((await roundSessions(null, round.eventId, round.sessionIds)).map((s) => [s.id, localized(s.title, locale, languages)]));
  const lines = [csvRow(['run', 'seed', 'reference', 'lastName', 'firstName', 'continent', 'session', 'rank', 'outcome'])];
  const line = (personId: string, sessionId: string, rank: string, outcome: string) => {
    const r = regs.get(personId);
    lines.push(csvRow([run.id, String(run.seed), r?.referenceNumber, r?.lastName, r?.firstName, r?.continent, titles.get(sessionId) ?? sessionId, rank, outcome]));
  };
  for (const [p, s, rank] of result.enrol) line(p, s, String(rank), 'ENROLLED');
  for (const [p, s] of result.waitlist) line(p, s, '', 'WAITLISTED');
  return { body: UTF8_BOM + lines.join(''), rows: lines.length - 1 };
}
