import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/card';
import { Table, Td } from '@/components/ui/table';
import { formatDay } from '@/lib/dates';
import type { AppLocale } from '@/lib/i18n/locales';
import type { PaymentMethod, PaymentStatus, Role } from '@/lib/db-types';
import type { RegistrationMoney } from '../data';
import { canCorrectPayments, canRecordPayment, canWaiveFees } from '../policy';
import { balanceOf, formatMoney } from '../rules';
import { PAYMENT_METHODS } from '../schema';
import { PaymentForm } from './payment-form';
import { ReverseEntry } from './reverse-entry';
import { WaiveButton } from './waive-button';

export function paymentTone(status: PaymentStatus): 'green' | 'amber' | 'red' | 'blue' | 'neutral' {
  return ({ UNPAID: 'red', PARTLY_PAID: 'amber', PAID: 'green', WAIVED: 'blue', REFUNDED: 'neutral' } as const)[status];
}

type Balance = { amountDueMinor: number; amountPaidMinor: number; paymentStatus: PaymentStatus };

/** Amount due, paid, balance and status (delegate and staff pages, check-in). */
export async function BalanceSummary({ r, currency, locale, testId = 'balance' }: { r: Balance; currency: string; locale: AppLocale; testId?: string }) {
  const t = await getTranslations('money');
  return (
    <dl className="grid gap-2 sm:grid-cols-[12rem_1fr]" data-testid={testId}>
      <dt className="font-medium">{t('status')}</dt>
      <dd>
        <Badge tone={paymentTone(r.paymentStatus)}>{t(`statuses.${r.paymentStatus}`)}</Badge>
      </dd>
      <dt className="font-medium">{t('amountDue')}</dt>
      <dd>{formatMoney(r.amountDueMinor, currency, locale)}</dd>
      <dt className="font-medium">{t('paid')}</dt>
      <dd>{formatMoney(r.amountPaidMinor, currency, locale)}</dd>
      <dt className="font-medium">{t('balance')}</dt>
      <dd className="font-semibold" data-testid={`${testId}-amount`}>
        {formatMoney(balanceOf(r), currency, locale)}
      </dd>
    </dl>
  );
}

const todayIn = (timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** The staff registration page's money section: balance, ledger, record, correct, waive. */
export async function StaffMoneyPanel({ money, role, locale, timeZone }: { money: RegistrationMoney; role: Role; locale: AppLocale; timeZone: string }) {
  const t = await getTranslations('money');
  const currency = money.event.currency;
  const methods = PAYMENT_METHODS.filter((m) => canRecordPayment(role, m as PaymentMethod));
  const owing = money.paymentStatus !== 'WAIVED' && money.amountDueMinor > money.amountPaidMinor;
  return (
    <section className="space-y-4" aria-labelledby="money-title">
      <h2 id="money-title" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <BalanceSummary r={money} currency={currency} locale={locale} testId="staff-balance" />
      {money.paymentEntries.length === 0 ? (
        <p>{t('staff.none')}</p>
      ) : (
        <Table caption={t('staff.ledger')} head={[t('staff.date'), t('staff.kind'), t('staff.amount'), t('staff.method'), t('staff.payerReference'), t('staff.receipt'), t('staff.actions')]}>
          {money.paymentEntries.map((e) => (
            <tr key={e.id} data-testid="ledger-row">
              <Td>{formatDay(e.paidOn, locale)}</Td>
              <Td>
                {t(`kinds.${e.kind}`)}
                {e.note ? <span className="block text-stone-700">{e.note}</span> : null}
              </Td>
              <Td>{formatMoney(e.amountMinor, e.currency, locale)}</Td>
              <Td>{t(`methods.${e.method}`)}</Td>
              <Td>{e.payerReference ?? ''}</Td>
              <Td>
                {e.receiptNumber ? (
                  <a className="text-brand-700 underline" href={`/api/payments/${e.id}/receipt?locale=${locale}`}>
                    {t('staff.receipt')} {e.receiptNumber}
                  </a>
                ) : null}
              </Td>
              <Td>{e.kind === 'PAYMENT' ? e.reversedBy ? t('staff.reversed') : canCorrectPayments(role) ? <ReverseEntry entryId={e.id} /> : null : null}</Td>
            </tr>
          ))}
        </Table>
      )}
      {owing && methods.length > 0 ? (
        <div className="space-y-2">
          <h3 className="font-semibold">{t('staff.record')}</h3>
          {role !== 'SECRETARIAT' ? <p className="text-sm">{t('staff.cashOnly')}</p> : null}
          <PaymentForm registrationId={money.id} currency={currency} methods={methods} today={todayIn(timeZone)} />
        </div>
      ) : null}
      {canWaiveFees(role) && money.amountDueMinor > 0 ? <WaiveButton registrationId={money.id} waived={money.feeWaivedAt !== null} /> : null}
    </section>
  );
}
