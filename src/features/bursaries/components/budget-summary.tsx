import { getTranslations } from 'next-intl/server';
import { Table, Td } from '@/components/ui/table';
import type { AppLocale } from '@/lib/i18n/locales';
import type { BudgetSummary } from '../data';
import { formatMoney } from '../money';

/** Budget, committed, remaining, and the same by continent (server component; the staff dashboard reuses it). */
export async function BudgetSummaryView({ summary, currency, locale }: { summary: BudgetSummary; currency: string; locale: AppLocale }) {
  const t = await getTranslations('bursaries');
  const money = (minor: number) => formatMoney(minor, summary.budget?.currency ?? currency, locale);
  const b = summary.budget;
  return (
    <div className="space-y-3">
      {b ? (
        <dl className="grid grid-cols-1 gap-2 sm:grid-cols-3" data-testid="budget-summary">
          <div className="rounded bg-stone-100 p-2"><dt>{t('summary.total')}</dt><dd className="text-lg font-semibold">{money(b.amountMinor)}</dd></div>
          <div className="rounded bg-stone-100 p-2"><dt>{t('summary.committed')}</dt><dd className="text-lg font-semibold" data-testid="budget-committed">{money(b.committedMinor)}</dd></div>
          <div className="rounded bg-stone-100 p-2"><dt>{t('summary.remaining')}</dt><dd className="text-lg font-semibold" data-testid="budget-remaining">{money(b.amountMinor - b.committedMinor)}</dd></div>
        </dl>
      ) : (
        <p>{t('budget.none')}</p>
      )}
      <p className="text-sm text-stone-700"><span>{t('summary.asked')}</span> <strong>{money(summary.askedMinor)}</strong></p>
      <Table caption={t('summary.byContinent')} head={[t('summary.continent'), t('summary.requests'), t('summary.ceiling'), t('summary.committed')]}>
        {summary.continents.map((c) => (
          <tr key={c.continent}>
            <Td>{t(`continents.${c.continent}`)}</Td>
            <Td>{c.requests}</Td>
            <Td>{c.ceilingMinor === null ? t('summary.noCeiling') : money(c.ceilingMinor)}</Td>
            <Td>{money(c.committedMinor)}</Td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
