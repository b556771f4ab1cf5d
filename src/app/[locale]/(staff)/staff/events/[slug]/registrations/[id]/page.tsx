import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Badge, Card } from '@/components/ui/card';
import { formatInstant } from '@/lib/dates';
import { Link } from '@/lib/i18n/navigation';
import { localeParam } from '@/lib/i18n/params';
import { requireRolePage } from '@/features/auth/loaders';
import { findRegistrationForStaff } from '@/features/registrations/data';
import { toFormValues } from '@/features/registrations/form-values';
import { formOptionsFor, loadEventForRegistration } from '@/features/registrations/loaders';
import { canDecideRegistrations } from '@/features/registrations/policy';
import { AnswersList } from '@/features/registrations/components/answers-list';
import { DecisionForm } from '@/features/registrations/components/decision-form';
import { statusTone } from '@/features/registrations/components/status-badge';
import { registrationMoney } from '@/features/money/data';
import { StaffMoneyPanel } from '@/features/money/components/money-views';

type Props = { params: Promise<{ locale: string; slug: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('registrationAdmin'))('list.title') };
}

export default async function StaffRegistrationPage({ params }: Props) {
  const locale = await localeParam(params);
  const { slug, id } = await params;
  const actor = await requireRolePage(locale, `/staff/events/${slug}/registrations/${id}`, 'ORGANIZER', 'SECRETARIAT');
  const event = await loadEventForRegistration(slug, actor.role);
  if (!event) notFound();
  const reg = await findRegistrationForStaff(actor, id);
  if (!reg || reg.eventId !== event.id) notFound();
  const t = await getTranslations('registrationAdmin');
  const tReg = await getTranslations('registration');
  const options = formOptionsFor(event, locale);
  const showSensitive = actor.role === 'SECRETARIAT';
  const money = await registrationMoney(event.id, reg.id);

  const tLetters = await getTranslations('visaLetters.queue');
  const lettersQuery = new URLSearchParams({ state: reg.visaLetterIssuedAt ? 'issued' : 'requested', status: reg.status, ...(reg.nationality ? { nationality: reg.nationality } : {}) });
  return (
    <div className="space-y-4">
      <Link href={`/staff/events/${slug}/registrations`} className="inline-flex min-h-11 items-center text-brand-700 underline">{t('detail.back')}</Link>
      <Card className="space-y-3">
        <h2 className="text-xl font-semibold">
          <span className="font-mono">{reg.referenceNumber}</span> · {reg.firstName} {reg.lastName}
        </h2>
        <p data-testid="staff-registration-status">
          <Badge tone={statusTone(reg.status)}>{tReg(`statuses.${reg.status}`)}</Badge>
          {reg.decidedAt ? <span className="ml-2 text-sm text-stone-700">{t('detail.decidedAt', { date: formatInstant(reg.decidedAt, locale, event.timeZone) })}</span> : null}
        </p>
        {reg.decisionReason ? (
          <dl>
            <dt className="font-medium">{t('detail.reason')}</dt>
            <dd className="whitespace-pre-line break-words">{reg.decisionReason}</dd>
          </dl>
        ) : null}
        <p className="text-sm">{t('detail.seats', { taken: event.seatsTaken, capacity: event.capacity ?? t('detail.unlimited') })}</p>
        {showSensitive && reg.visaLetterRequested ? (
          <Link href={`/staff/events/${slug}/visa-letters?${lettersQuery.toString()}`} className="inline-flex min-h-11 items-center text-brand-700 underline" data-testid="staff-visa-letters-link">{tLetters('title')}</Link>
        ) : null}
      </Card>
      {money ? (
        <Card>
          <StaffMoneyPanel money={money} role={actor.role} locale={locale} timeZone={event.timeZone} />
        </Card>
      ) : null}
      {canDecideRegistrations(actor.role) ? <DecisionForm ids={[reg.id]} idPrefix="single" legend={t('detail.decision')} /> : null}
      <Card>
        <AnswersList values={toFormValues(reg, event.timeZone, options.currency)} options={options} showSensitive={showSensitive} />
      </Card>
    </div>
  );
}
