import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PageTitle } from '@/components/ui/card';
import { localized } from '@/lib/i18n/localized';
import { redirect } from '@/lib/i18n/navigation';
import { localeParam } from '@/lib/i18n/params';
import { requireUserPage } from '@/features/auth/loaders';
import { findOwnRegistrationWithSensitive, registrationContext } from '@/features/registrations/data';
import { toFormValues } from '@/features/registrations/form-values';
import { formOptionsFor, loadEventForRegistration } from '@/features/registrations/loaders';
import { canChangeOwnRegistration } from '@/features/registrations/policy';
import { STEPS } from '@/features/registrations/schema';
import { RegistrationWizard } from '@/features/registrations/components/registration-wizard';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('registration'))('detail.editTitle') };
}

export default async function EditRegistrationPage({ params }: Props) {
  const locale = await localeParam(params);
  const { slug } = await params;
  const actor = await requireUserPage(locale, `/my/registrations/${slug}/edit`);
  const event = await loadEventForRegistration(slug, actor.role);
  if (!event) notFound();
  const reg = await findOwnRegistrationWithSensitive(actor.id, event.id);
  if (!reg || !canChangeOwnRegistration(reg.status, event)) redirect({ href: `/my/registrations/${slug}`, locale });
  const t = await getTranslations('registration');
  const options = formOptionsFor(event, locale);
  const values = { ...toFormValues(reg!, event.timeZone, options.currency), consentVersion: event.privacyNoticeVersion };
  return (
    <div className="mx-auto max-w-2xl">
      <PageTitle lead={localized(event.title, locale, event.languages)}>{t('detail.editTitle')}</PageTitle>
      <RegistrationWizard mode="edit" slug={slug} registrationId={reg!.id} context={registrationContext(event)} options={options} initialValues={values} initialStep={STEPS.length - 1} resumed={false} />
    </div>
  );
}
