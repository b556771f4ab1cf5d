import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { Badge } from '@/components/ui/card';
import { formatInstant } from '@/lib/dates';
import { localized } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { localeParam } from '@/lib/i18n/params';
import { toWallTime } from '@/lib/zoned-time';
import { effectiveCapacity } from '@/features/enrolment/rules';
import { findRound, findRun, listEventSessions, listRuns } from '@/features/allocation/data';
import { loadStaffAllocationEvent } from '@/features/allocation/loaders';
import { roundPhase } from '@/features/allocation/rules';
import type { RunResult } from '@/features/allocation/summary';
import { RoundForm } from '@/features/allocation/components/round-form';
import { RunForm } from '@/features/allocation/components/run-form';
import { PublishButton, RemindButton } from '@/features/allocation/components/round-buttons';
import { RunPreview } from '@/features/allocation/components/run-preview';

type Props = { params: Promise<{ locale: string; slug: string; roundId: string }>; searchParams: Promise<{ run?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('allocation'))('title') };
}

export default async function AllocationRoundPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const { slug, roundId } = await params;
  const { event } = await loadStaffAllocationEvent(locale, slug, `/${roundId}`);
  const round = await findRound(event.id, roundId);
  if (!round) notFound();
  const t = await getTranslations('allocation');
  const [sessions, runs] = await Promise.all([listEventSessions(event.id), listRuns(round.id)]);
  const requested = (await searchParams).run;
  const runId = typeof requested === 'string' ? requested : (round.publishedRunId ?? runs[0]?.id);
  const run = runId ? await findRun(round.id, runId) : null;
  const phase = roundPhase(round);
  const when = (d: Date) => formatInstant(d, locale, event.timeZone, { zone: false });
  const label = (s: (typeof sessions)[number]) => `${localized(s.title, locale, event.languages)} — ${when(s.startsAt)}`;
  const inRound = sessions.filter((s) => round.sessionIds.includes(s.id));
  const titles = Object.fromEntries(inRound.map((s) => [s.id, localized(s.title, locale, event.languages)]));
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <p><Link href={`/staff/events/${slug}/allocation`} className="text-brand-700 underline">{t('rounds')}</Link></p>
        <h2 className="text-xl font-semibold">{round.name} <Badge>{t(`phase.${phase}`)}</Badge></h2>
        <p className="text-sm text-stone-700">{t('window', { opens: when(round.opensAt), closes: when(round.closesAt) })} ({event.timeZone})</p>
      </div>

      {round.publishedAt && round.publishedRunId ? (
        <Alert tone="success" testId="published">
          {t('preview.published', { when: when(round.publishedAt), run: round.publishedRunId })}{' '}
          <a href={`/api/allocation/${round.id}/runs/${round.publishedRunId}`} className="underline" download>{t('preview.export')}</a>
        </Alert>
      ) : null}

      {phase === 'OPEN' ? (
        <section aria-labelledby="reminders" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
          <h3 id="reminders" className="text-lg font-semibold">{t('reminders.title')}</h3>
          <p className="text-sm">{t('reminders.help')}</p>
          {round.remindersSentAt ? <p className="text-sm">{t('reminders.sentAt', { when: when(round.remindersSentAt) })}</p> : null}
          <RemindButton roundId={round.id} />
        </section>
      ) : null}

      {!round.publishedAt ? (
        <section aria-labelledby="run" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
          <h3 id="run" className="text-lg font-semibold">{t('run.title')}</h3>
          <p className="text-sm">{t('run.help')}</p>
          {phase === 'CLOSED' ? (
            <RunForm roundId={round.id} slug={slug} choices={round.choices} balanceWeight={round.balanceWeight} tolerancePct={Math.round(round.tolerance * 100)} sessions={inRound.map((s) => ({ id: s.id, label: label(s), capacity: effectiveCapacity(s) }))} />
          ) : (
            <p className="text-sm">{t('run.notYet')}</p>
          )}
        </section>
      ) : null}

      <section aria-labelledby="preview" className="space-y-3">
        <h3 id="preview" className="text-lg font-semibold">{t('preview.title')}</h3>
        {run ? (
          <>
            <p className="text-sm">{t('preview.runOf', { when: when(run.createdAt), seed: run.seed })}</p>
            <RunPreview result={run.result as RunResult} titles={titles} locale={locale} />
            <div className="flex flex-wrap items-start gap-3">
              {!round.publishedAt && phase === 'CLOSED' ? <PublishButton roundId={round.id} runId={run.id} /> : null}
              <a href={`/api/allocation/${round.id}/runs/${run.id}`} className={buttonClass('secondary')} download data-testid="export-run">{t('preview.export')}</a>
            </div>
          </>
        ) : (
          <p>{t('preview.none')}</p>
        )}
        {runs.length > 1 ? (
          <div className="space-y-1">
            <h4 className="font-semibold">{t('preview.runs')}</h4>
            <ul className="list-disc pl-5">
              {runs.map((r) => (
                <li key={r.id}>
                  <Link href={`/staff/events/${slug}/allocation/${round.id}?run=${r.id}`} className="text-brand-700 underline">{t('preview.runOf', { when: when(r.createdAt), seed: r.seed })}</Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      {!round.publishedAt ? (
        <details className="rounded-lg border border-stone-200 bg-white p-4">
          <summary className="min-h-11 cursor-pointer text-lg font-semibold">{t('editRound')}</summary>
          <RoundForm
            eventId={event.id}
            zone={event.timeZone}
            slug={slug}
            sessions={sessions.map((s) => ({ id: s.id, label: label(s) }))}
            round={{ id: round.id, name: round.name, sessionIds: round.sessionIds, opensAt: toWallTime(round.opensAt, event.timeZone), closesAt: toWallTime(round.closesAt, event.timeZone), choices: round.choices, balanceWeight: round.balanceWeight, tolerancePct: Math.round(round.tolerance * 100) }}
          />
        </details>
      ) : null}
    </div>
  );
}
