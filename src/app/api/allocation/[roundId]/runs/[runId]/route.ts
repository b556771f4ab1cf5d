import { refuse, staffRoute } from '@/features/auth/clients';
import { findRoundById, findRun } from '@/features/allocation/data';
import { runCsv } from '@/features/allocation/export';
import { auditRunExport } from '@/features/allocation/mutations';
import { isLocale } from '@/lib/i18n/locales';

export const dynamic = 'force-dynamic';

/** A run (inputs' seed, enrolments, wait-list places) as CSV, for staff; every export is audited. */
export const GET = staffRoute<{ roundId: string; runId: string }>(async (request, { actor, params }) => {
  const round = await findRoundById(null, params.roundId);
  const run = round ? await findRun(round.id, params.runId) : null;
  if (!round || !run) refuse();
  const lang = new URL(request.url).searchParams.get('locale') ?? 'fr';
  const { body, rows } = await runCsv(round, run, isLocale(lang) ? lang : 'fr');
  await auditRunExport(actor.id, round, run.id, rows);
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="allocation-${run.id}-seed-${run.seed}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
});
