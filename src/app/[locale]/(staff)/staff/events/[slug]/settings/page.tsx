import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { localized } from '@/lib/i18n/localized';
import { LOCALES, type AppLocale } from '@/lib/i18n/locales';
import { localeParam } from '@/lib/i18n/params';
import { requireRolePage } from '@/features/auth/loaders';
import { findEventSettings } from '@/features/event-settings/data';
import { formatOptionLines } from '@/features/event-settings/schema';
import { FeeCategoryForm, GeneralSettingsForm, QuestionForm } from '@/features/event-settings/components/settings-forms';
import { minorDigits } from '@/features/registrations/form-values';
import { parseOptions } from '@/features/registrations/questions';
import { toWallTime } from '@/lib/zoned-time';
import { moneySettings } from '@/features/money/data';
import { MoneySettingsForm } from '@/features/money/components/money-settings-form';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('registrationAdmin'))('settings.title') };
}

const texts = (value: unknown) => Object.fromEntries(LOCALES.map((l) => [l, typeof (value as Record<string, unknown> | null)?.[l] === 'string' ? ((value as Record<string, string>)[l] ?? '') : ''])) as Record<AppLocale, string>;

export default async function RegistrationSettingsPage({ params }: Props) {
  const locale = await localeParam(params);
  const { slug } = await params;
  await requireRolePage(locale, `/staff/events/${slug}/settings`, 'SECRETARIAT');
  const event = await findEventSettings(slug);
  if (!event) notFound();
  const t = await getTranslations('registrationAdmin.settings');
  const tMoney = await getTranslations('money.settings');
  const money = await moneySettings(event.id);
  const keys = event.questions.map((q) => q.key);
  const emptyQuestion = { eventId: event.id, key: '', type: 'TEXT' as const, label: texts({}), required: false, options: '', showIfKey: '', showIfValue: '' };
  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-xl font-semibold">{t('title')}</h2>
        <p className="text-stone-700">{t('lead')}</p>
      </div>
      <Card className="space-y-3">
        <h3 className="text-lg font-semibold">{t('general')}</h3>
        <GeneralSettingsForm
          timeZone={event.timeZone}
          initial={{
            eventId: event.id,
            opensAt: toWallTime(event.registrationOpensAt, event.timeZone),
            closesAt: toWallTime(event.registrationClosesAt, event.timeZone),
            capacity: event.capacity === null ? '' : String(event.capacity),
            requiresApproval: event.requiresApproval,
            participantTypes: event.participantTypes,
            privacyNotice: texts(event.privacyNotice),
            privacyNoticeVersion: event.privacyNoticeVersion,
          }}
        />
      </Card>
      <Card className="space-y-3">
        <h3 className="text-lg font-semibold">{t('fees.title')}</h3>
        {event.feeCategories.map((f) => (
          <details key={f.id} className="rounded-md border border-stone-200 p-3">
            <summary className="min-h-11 cursor-pointer py-2 font-medium">{t('fees.edit', { code: f.code })} — {localized(f.label, locale, event.languages)}</summary>
            <FeeCategoryForm initial={{ eventId: event.id, id: f.id, code: f.code, label: texts(f.label), description: texts(f.description), amount: String(f.amountMinor / 10 ** minorDigits(f.currency)), currency: f.currency, active: f.active }} />
          </details>
        ))}
        <details className="rounded-md border border-stone-200 p-3">
          <summary className="min-h-11 cursor-pointer py-2 font-medium">{t('fees.add')}</summary>
          <FeeCategoryForm initial={{ eventId: event.id, code: '', label: texts({}), description: texts({}), amount: '0', currency: event.feeCategories[0]?.currency ?? 'XOF', active: true }} />
        </details>
      </Card>
      <Card className="space-y-3">
        <h3 className="text-lg font-semibold">{t('questions.title')}</h3>
        {event.questions.length === 0 ? <p>{t('questions.none')}</p> : null}
        {event.questions.map((q) => (
          <details key={q.id} className="rounded-md border border-stone-200 p-3">
            <summary className="min-h-11 cursor-pointer py-2 font-medium">{t('questions.edit', { key: q.key })} — {localized(q.label, locale, event.languages)}</summary>
            <QuestionForm
              otherKeys={keys.filter((k) => k !== q.key)}
              initial={{ eventId: event.id, id: q.id, key: q.key, type: q.type, label: texts(q.label), required: q.required, options: formatOptionLines(parseOptions(q.options)), showIfKey: q.showIfKey ?? '', showIfValue: q.showIfValue ?? '' }}
            />
          </details>
        ))}
        <details className="rounded-md border border-stone-200 p-3">
          <summary className="min-h-11 cursor-pointer py-2 font-medium">{t('questions.add')}</summary>
          <QuestionForm otherKeys={keys} initial={emptyQuestion} />
        </details>
      </Card>
      <Card className="space-y-3">
        <h3 className="text-lg font-semibold">{tMoney('title')}</h3>
        <p className="text-sm">{tMoney('receipts', { count: money?.receiptCounter ?? 0 })}</p>
        <MoneySettingsForm eventId={event.id} legalDetails={money?.legalDetails ?? ''} instructions={texts(money?.paymentInstructions)} />
      </Card>
    </div>
  );
}
