import { getTranslations } from 'next-intl/server';
import { Table, Td } from '@/components/ui/table';
import type { AppLocale } from '@/lib/i18n/locales';
import type { AllocationSummary, RunResult } from '../summary';

/** The preview's figures: optimal vs first-come-first-served, the solver's gap, each workshop's fill and mix. */
export async function RunPreview({ result, titles, locale }: { result: RunResult; titles: Record<string, string>; locale: AppLocale }) {
  const t = await getTranslations('allocation');
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const share = (n: number, s: AllocationSummary) => t('preview.share', { count: n, share: pct.format(s.requests ? n / s.requests : 0) });
  const { optimal, fcfs } = result;
  const continents = Object.keys(optimal.target).sort();
  return (
    <div className="space-y-4">
      <p className="text-sm">{t('preview.requests', { count: optimal.requests })}</p>
      <Table caption={t('preview.title')} head={[t('preview.figure'), t('preview.optimal'), t('preview.fcfs')]}>
        {optimal.byRank.map((n, i) => (
          <tr key={i} data-testid="preview-rank">
            <Td>{t('preview.rank', { rank: i + 1 })}</Td>
            <Td>{share(n, optimal)}</Td>
            <Td>{share(fcfs.byRank[i] ?? 0, fcfs)}</Td>
          </tr>
        ))}
        <tr data-testid="preview-unassigned">
          <Td>{t('preview.unassigned')}</Td>
          <Td>{share(optimal.unassigned, optimal)}</Td>
          <Td>{share(fcfs.unassigned, fcfs)}</Td>
        </tr>
        <tr>
          <Td>{t('preview.satisfaction')}</Td>
          <Td>{num.format(optimal.satisfaction)}</Td>
          <Td>{num.format(fcfs.satisfaction)}</Td>
        </tr>
        <tr>
          <Td>{t('preview.deviation')}</Td>
          <Td>{num.format(optimal.deviation)}</Td>
          <Td>{num.format(fcfs.deviation)}</Td>
        </tr>
      </Table>
      <p className="text-sm" data-testid="solver-line">
        {t('preview.solver', { status: result.status, seconds: num.format(result.seconds), gap: pct.format(result.gap), bound: num.format(result.lpBound), objective: num.format(result.objective) })}
      </p>
      <p className="text-sm">{t('preview.waitlisted', { count: result.waitlist.length })}</p>
      <Table caption={t('preview.workshops')} head={[t('preview.workshop'), t('preview.fill'), t('preview.mix')]}>
        {optimal.workshops.map((w) => (
          <tr key={w.sessionId} data-testid="preview-workshop">
            <Td>{titles[w.sessionId] ?? w.sessionId}</Td>
            <Td>{w.capacity === null ? w.filled : `${w.filled} / ${w.capacity}`}</Td>
            <Td>
              <ul className="text-sm">
                {continents.map((k) => (
                  <li key={k}>
                    {t('preview.mixItem', { continent: t(`continent.${k}` as never), share: pct.format(w.filled ? (w.mix[k] ?? 0) / w.filled : 0), target: pct.format(optimal.target[k] ?? 0) })}
                  </li>
                ))}
              </ul>
            </Td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
