import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { Badge, Card, PageTitle } from '@/components/ui/card';
import { formatInstant } from '@/lib/dates';
import { localized } from '@/lib/i18n/localized';
import { Link, redirect } from '@/lib/i18n/navigation';
import { localeParam } from '@/lib/i18n/params';
import { requireUserPage } from '@/features/auth/loaders';
import { findOwnRegistrationWithSensitive } from '@/features/registrations/data';
import { toFormValues } from '@/features/registrations/form-values';
import { formOptionsFor, loadEventForRegistration } from '@/features/registrations/loaders';
import { canChangeOwnRegistration, registrationWindow } from '@/features/registrations/policy';
import { AnswersList } from '@/features/registrations/components/answers-list';
import { CancelRegistration } from '@/features/registrations/components/cancel-registration';
import { statusTone } from '@/features/registrations/components/status-badge';
import { OwnBursary } from '@/features/bursaries/components/own-bursary';
import { findOwnValidLetter } from '@/features/visa-letters/data';
import { MyLetterCard } from '@/features/visa-letters/components/my-letter-card';
import { moneySettings, ownMoney } from '@/features/money/data';
import { DelegateMoney } from '@/features/money/components/delegate-money';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('registration'))('actions.myRegistration') };
}

export default async function MyRegistrationPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const { slug } = await params;
  const flags = await searchParams;
  const actor = await requireUserPage(locale, `/my/registrations/${slug}`);
  const event = await loadEventForRegistration(slug, actor.role);
  if (!event) notFound();
  const r = await findOwnRegistrationWithSensitive(actor.id, event.id);
  if (!r) redirect({ href: `/events/${slug}/register`, locale });
  const reg = r!;
  const t = await getTranslations('registration');
  const tData = await getTranslations('myData');
  const options = formOptionsFor(event, locale);
  const changeable = canChangeOwnRegistration(reg.status, event);
  const live = reg.status !== 'CANCELLED' && reg.status !== 'REJECTED';
  const letter = reg.visaLetterRequested ? await findOwnValidLetter(actor.id, reg.id) : null;
  const [money, settings] = live ? await Promise.all([ownMoney(actor.id, event.id), moneySettings(event.id)]) : [null, null];
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <PageTitle lead={localized(event.title, locale, event.languages)}>{t('actions.myRegistration')}</PageTitle>
      {flags.done ? <Alert tone="success" live testId="registration-done">{t('detail.done', { reference: reg.referenceNumber })}</Alert> : null}
      {flags.updated ? <Alert tone="success" live testId="registration-updated">{t('detail.updated')}</Alert> : null}
      {flags.cancelled ? <Alert tone="info" live testId="registration-cancelled">{t('detail.cancelled')}</Alert> : null}
      <Card className="space-y-3">
        <dl className="grid gap-2 sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium">{t('detail.reference')}</dt>
          <dd className="font-mono text-lg" data-testid="registration-reference">{reg.referenceNumber}</dd>
          <dt className="font-medium">{t('detail.status')}</dt>
          <dd data-testid="registration-status">
            <Badge tone={statusTone(reg.status)}>{t(`statuses.${reg.status}`)}</Badge>
            <p className="mt-1 text-sm text-stone-700">{t(`statusHelp.${reg.status}`)}</p>
          </dd>
          <dt className="font-medium">{t('detail.submittedAt')}</dt>
          <dd>{formatInstant(reg.submittedAt, locale, event.timeZone)}</dd>
          {reg.decisionReason ? (
            <>
              <dt className="font-medium">{t('detail.reason')}</dt>
              <dd className="whitespace-pre-line break-words">{reg.decisionReason}</dd>
            </>
          ) : null}
        </dl>
        {live ? <p className="text-sm">{changeable ? t('detail.editUntil', { date: formatInstant(event.registrationClosesAt, locale, event.timeZone) }) : t('detail.locked')}</p> : null}
        <div className="flex flex-wrap gap-3">
          {reg.status !== 'CANCELLED' ? (
            <a href={`/api/registrations/${reg.id}/confirmation?locale=${locale}`} className={buttonClass('secondary')} data-testid="download-confirmation">
              {t('actions.download')}
            </a>
          ) : null}
          {reg.status === 'APPROVED' ? (
            <a href={`/api/registrations/${reg.id}/badge?locale=${locale}`} className={buttonClass('secondary')} data-testid="download-badge">
              {t('actions.downloadBadge')}
            </a>
          ) : null}
          {reg.status === 'CANCELLED' && registrationWindow(event) === 'open' ? (
            <Link href={`/events/${slug}/register`} className={buttonClass('primary')} data-testid="register-again">
              {tData('registerAgain')}
            </Link>
          ) : null}
          {changeable ? (
            <Link href={`/my/registrations/${slug}/edit`} className={buttonClass('primary')} data-testid="edit-registration">
              {t('actions.edit')}
            </Link>
          ) : null}
        </div>
        {changeable ? <CancelRegistration registrationId={reg.id} slug={slug} /> : null}
      </Card>
      <OwnBursary userId={actor.id} slug={slug} locale={locale} />
      {reg.visaLetterRequested && (live || letter) ? <MyLetterCard letter={letter} locale={locale} timeZone={event.timeZone} /> : null}
      {money ? <DelegateMoney money={money} currency={event.currency} instructions={settings?.paymentInstructions} languages={event.languages} locale={locale} /> : null}
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">{t('detail.answers')}</h2>
        <AnswersList values={toFormValues(reg, event.timeZone, options.currency)} options={options} />
      </Card>
    </div>
  );
}
