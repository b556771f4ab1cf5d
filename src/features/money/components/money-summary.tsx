import { getTranslations } from 'next-intl/server';
import { Table, Td } from '@/components/ui/table';
import { localized } from '@/lib/i18n/localized';
import type { AppLocale } from '@/lib/i18n/locales';
import { formatMoney } from '../rules';

type Row = { feeCategoryId: string | null; currency: string; registrations: number; expected: bigint | number; collected: bigint | number; outstanding: bigint | number; waived: number };
type Category = { id: string; code: string; label: unknown };

/** Expected, collected and outstanding by fee category, with a total per currency (dashboard). */
export async function MoneySummary({ rows, categories, locale, languages }: { rows: Row[]; categories: Category[]; locale: AppLocale; languages: readonly AppLocale[] }) {
  const t = await getTranslations('money.dashboard');
  const name = (id: string | null) => {
    const c = categories.find((x) => x.id === id);
    return c ? localized(c.label, locale, languages) || c.code : t('none');
  };
  const totals = new Map<string, { registrations: number; expected: number; collected: number; outstanding: number; waived: number }>();
  for (const r of rows) {
    const tot = totals.get(r.currency) ?? { registrations: 0, expected: 0, collected: 0, outstanding: 0, waived: 0 };
    tot.registrations += r.registrations;
    tot.expected += Number(r.expected);
    tot.collected += Number(r.collected);
    tot.outstanding += Number(r.outstanding);
    tot.waived += r.waived;
    totals.set(r.currency, tot);
  }
  const money = (v: bigint | number, currency: string) => formatMoney(Number(v), currency, locale);
  return (
    <section aria-labelledby="money-summary-title" className="space-y-2" data-testid="money-summary">
      <h3 id="money-summary-title" className="text-lg font-semibold">
        {t('title')}
      </h3>
      <Table caption={t('caption')} head={[t('feeCategory'), t('currency'), t('registrations'), t('expected'), t('collected'), t('outstanding'), t('waived')]}>
        {rows.map((r) => (
          <tr key={`${r.feeCategoryId}-${r.currency}`}>
            <Td>{name(r.feeCategoryId)}</Td>
            <Td>{r.currency}</Td>
            <Td>{r.registrations}</Td>
            <Td>{money(r.expected, r.currency)}</Td>
            <Td>{money(r.collected, r.currency)}</Td>
            <Td>{money(r.outstanding, r.currency)}</Td>
            <Td>{r.waived}</Td>
          </tr>
        ))}
        {[...totals].map(([currency, tot]) => (
          <tr key={`total-${currency}`} className="font-semibold" data-testid="money-total">
            <Td>{t('total')}</Td>
            <Td>{currency}</Td>
            <Td>{tot.registrations}</Td>
            <Td>{money(tot.expected, currency)}</Td>
            <Td>{money(tot.collected, currency)}</Td>
            <Td>{money(tot.outstanding, currency)}</Td>
            <Td>{tot.waived}</Td>
          </tr>
        ))}
      </Table>
    </section>
  );
}
