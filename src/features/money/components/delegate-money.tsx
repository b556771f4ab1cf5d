import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/button';
import { formatDay } from '@/lib/dates';
import { localized, localizedLang } from '@/lib/i18n/localized';
import type { AppLocale } from '@/lib/i18n/locales';
import type { ownMoney } from '../data';
import { balanceOf, formatMoney } from '../rules';
import { BalanceSummary } from './money-views';
import { BillingForm } from './billing-form';

type Own = NonNullable<Awaited<ReturnType<typeof ownMoney>>>;

/** The delegate's balance, how to pay (the event's instructions in their language), invoice and receipts. */
export async function DelegateMoney({ money, currency, instructions, languages, locale }: { money: Own; currency: string; instructions: unknown; languages: readonly AppLocale[]; locale: AppLocale }) {
  const t = await getTranslations('money');
  const owing = balanceOf(money) > 0;
  const howTo = localized(instructions, locale, languages);
  return (
    <Card className="space-y-4">
      <h2 className="text-lg font-semibold">{t('title')}</h2>
      <BalanceSummary r={money} currency={currency} locale={locale} testId="my-balance" />
      {owing ? (
        <div className="space-y-2">
          <h3 className="font-semibold">{t('howToPay')}</h3>
          <p className="font-medium">{t('quote', { reference: money.referenceNumber })}</p>
          {howTo ? (
            <p className="whitespace-pre-line break-words" lang={localizedLang(instructions, locale, languages)}>
              {howTo}
            </p>
          ) : (
            <p>{t('noInstructions')}</p>
          )}
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <a href={`/api/registrations/${money.id}/invoice?locale=${locale}`} className={buttonClass('secondary')} data-testid="download-invoice">
          {t('downloadInvoice')}
        </a>
      </div>
      {money.paymentEntries.length > 0 ? (
        <div className="space-y-2">
          <h3 className="font-semibold">{t('receipts')}</h3>
          <ul className="space-y-1">
            {money.paymentEntries.map((e) => (
              <li key={e.id}>
                <a href={`/api/payments/${e.id}/receipt?locale=${locale}`} className="inline-flex min-h-11 items-center text-brand-700 underline" data-testid="download-receipt">
                  {t('receiptLink', { number: e.receiptNumber ?? 0, amount: formatMoney(e.amountMinor, e.currency, locale), date: formatDay(e.paidOn, locale) })}
                </a>
                {e.reversedBy ? <span className="ml-2 text-sm">({t(`kinds.${e.reversedBy.kind}`)})</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <BillingForm registrationId={money.id} billingName={money.billingName ?? ''} billingAddress={money.billingAddress ?? ''} />
    </Card>
  );
}
