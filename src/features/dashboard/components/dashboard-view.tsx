import type { ReactNode } from 'react';
import { countryName, languageName } from '@/lib/geo';
import { localized } from '@/lib/i18n/localized';
import type { AppLocale } from '@/lib/i18n/locales';
import type { DashboardData } from '../data';
import { BarChart, TimeChart, formatNumber, type Bar } from './charts';

/** Translator of the `dashboard` and `exports` namespaces (next-intl's, or createTranslator in the bench). */
export type Translate = ((key: string, values?: Record<string, string | number>) => string) & { has?: (key: string) => boolean };

const TOP = 15;

/** The top `n` bars and one "others" bar adding up the rest. */
function top(bars: Bar[], n: number, others: string): Bar[] {
  if (bars.length <= n + 1) return bars;
  const rest = bars.slice(n).reduce((s, b) => s + b.value, 0);
  return [...bars.slice(0, n), { label: others, value: rest }];
}

/**
 * The dashboard body: synchronous and pure (data and a translator in, markup
 * out) so the bench can render it with renderToString and time it.
 */
export function DashboardView({ data, t, locale, languages, liveCount }: { data: DashboardData; t: Translate; locale: AppLocale; languages: readonly AppLocale[]; liveCount: ReactNode }) {
  const v = (group: string, key: string) => t(`exports.values.${group}.${key}`);
  const common = { locale, tableLabel: t('dashboard.showTable'), empty: t('dashboard.empty') };
  const countHead: [string, string] = [t('dashboard.item'), t('dashboard.count')];
  const s = data.summary;
  const tiles = [
    { key: 'total', value: s.total },
    { key: 'active', value: s.active },
    { key: 'approved', value: s.approved },
    { key: 'visaPending', value: s.visaPending },
    { key: 'visaIssued', value: s.visaIssued },
    { key: 'bursaryPending', value: s.bursaryPending },
  ];
  const delegations: Bar[] = data.delegations.map((d) => ({ label: d.name, value: d.memberCount, max: d.quota }));
  const fullDelegations = data.delegations.filter((d) => d.memberCount >= d.quota).length;
  const sessions: Bar[] = [...data.sessions]
    .sort((a, b) => (b.capacity ? b.enrolled / b.capacity : 0) - (a.capacity ? a.enrolled / a.capacity : 0) || b.waitlisted - a.waitlisted)
    .map((x) => ({ label: localized(x.title, locale, languages), value: x.enrolled, max: x.capacity, note: formatNumber(x.waitlisted, locale), short: x.waitlisted > 0 ? `+${formatNumber(x.waitlisted, locale)}` : undefined }));
  const waitlistedTotal = data.sessions.reduce((sum, x) => sum + x.waitlisted, 0);
  return (
    <div className="space-y-6">
      <section aria-labelledby="figures-title">
        <h3 id="figures-title" className="sr-only">
          {t('dashboard.figures')}
        </h3>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {liveCount}
          <dl className="contents">
            {tiles.map((tile) => (
              <div key={tile.key} className="rounded-lg border border-stone-200 bg-white p-4" data-testid={`tile-${tile.key}`}>
                <dt className="text-sm font-medium text-stone-700">{t(`dashboard.tiles.${tile.key}`)}</dt>
                <dd className="text-3xl font-bold tabular-nums">{formatNumber(tile.value, locale)}</dd>
              </div>
            ))}
          </dl>
        </div>
      </section>
      <TimeChart id="over-time" title={t('dashboard.charts.overTime')} days={data.days} head={[t('dashboard.day'), t('dashboard.perDay'), t('dashboard.cumulative')]} cumulativeLabel={t('dashboard.cumulativeNote')} {...common} />
      <div className="grid gap-4 lg:grid-cols-2">
        <BarChart id="by-status" title={t('dashboard.charts.status')} bars={data.status.map((c) => ({ label: v('status', c.key), value: c.count }))} head={countHead} {...common} colour="#1d4ed8" />
        <BarChart id="by-continent" title={t('dashboard.charts.continent')} bars={data.continent.map((c) => ({ label: v('continent', c.key), value: c.count }))} head={countHead} {...common} />
        <BarChart id="by-country" title={t('dashboard.charts.country', { count: data.country.length })} bars={top(data.country.map((c) => ({ label: countryName(c.key, locale), value: c.count })), TOP, t('dashboard.others'))} head={countHead} {...common} />
        <BarChart id="by-kind" title={t('dashboard.charts.organizationKind')} bars={data.organizationKind.map((c) => ({ label: v('organizationKind', c.key), value: c.count }))} head={countHead} {...common} colour="#7e22ce" />
        <BarChart id="by-type" title={t('dashboard.charts.participantType')} bars={data.participantType.map((c) => ({ label: v('participantType', c.key), value: c.count }))} head={countHead} {...common} colour="#7e22ce" />
        <BarChart id="interpretation" title={t('dashboard.charts.interpretation')} bars={data.interpretation.map((c) => ({ label: languageName(c.key, locale), value: c.count }))} head={countHead} {...common} colour="#c2410c" />
        <BarChart id="dietary" title={t('dashboard.charts.dietary')} bars={data.dietary.map((c) => ({ label: t.has?.(`exports.values.dietary.${c.key}`) === false ? c.key : v('dietary', c.key), value: c.count }))} head={countHead} {...common} colour="#c2410c" />
        <BarChart id="accessibility" title={t('dashboard.charts.accessibility')} bars={data.accessibility.map((c) => ({ label: t.has?.(`exports.values.accessibility.${c.key}`) === false ? c.key : v('accessibility', c.key), value: c.count }))} head={countHead} {...common} colour="#c2410c" />
      </div>
      <BarChart
        id="delegations"
        title={t('dashboard.charts.delegations', { count: data.delegations.length, full: fullDelegations })}
        bars={delegations}
        head={[t('dashboard.delegation'), t('dashboard.members'), t('dashboard.quota')]}
        limit={20}
        limitNote={t('dashboard.limitNote', { shown: 20, count: data.delegations.length })}
        legend={t('dashboard.delegationLegend')}
        {...common}
      />
      <BarChart
        id="sessions"
        title={t('dashboard.charts.sessions', { count: data.sessions.length, waitlisted: waitlistedTotal })}
        bars={sessions}
        head={[t('dashboard.session'), t('dashboard.enrolled'), t('dashboard.capacity'), t('dashboard.waitlisted')]}
        limit={20}
        limitNote={t('dashboard.limitNote', { shown: 20, count: data.sessions.length })}
        legend={t('dashboard.sessionLegend')}
        {...common}
        colour="#0f766e"
      />
    </div>
  );
}
