import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { AppLocale } from '@/lib/i18n/locales';
import { bursarySummary, findBursaryEvent } from '../data';
import { BudgetSummaryView } from './budget-summary';

/** The bursary budget on the staff dashboard: committed, remaining, by continent; nothing when no one asked and no budget exists. */
export async function BursaryDashboardCard({ slug, locale }: { slug: string; locale: AppLocale }) {
  const event = await findBursaryEvent(slug);
  if (!event) return null;
  const summary = await bursarySummary(event.id);
  const requests = Object.values(summary.byStatus).reduce((a, b) => a + (b ?? 0), 0);
  if (!summary.budget && requests === 0) return null;
  const t = await getTranslations('bursaries');
  return (
    <Card className="space-y-3">
      <h3 className="text-lg font-semibold">{t('dashboard.title')}</h3>
      <p data-testid="bursary-to-decide">{t('dashboard.toDecide', { count: summary.byStatus.PENDING ?? 0 })}</p>
      <BudgetSummaryView summary={summary} currency={event.currency} locale={locale} />
    </Card>
  );
}
