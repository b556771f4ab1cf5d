import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { PageTitle } from '@/components/ui/card';
import { localized } from '@/lib/i18n/localized';
import { localeParam } from '@/lib/i18n/params';
import { redirect } from '@/lib/i18n/navigation';
import { requireUserPage } from '@/features/auth/loaders';
import { registrationWindow } from '@/features/events/policy';
import { findAccountNames, findDraft, findOwnRegistrationWithSensitive, registrationContext } from '@/features/registrations/data';
import { formOptionsFor, initialFormValues, loadEventForRegistration } from '@/features/registrations/loaders';
import { RegistrationWizard } from '@/features/registrations/components/registration-wizard';
import { ClientMessages } from '../../../../_components/client-messages';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('registration'))('register.title') };
}

export default async function RegisterPage({ params }: Props) {
  const locale = await localeParam(params);
  const { slug } = await params;
  const actor = await requireUserPage(locale, `/events/${slug}/register`);
  const event = await loadEventForRegistration(slug, actor.role);
  if (!event) notFound();
  const t = await getTranslations('registration');
  const existing = await findOwnRegistrationWithSensitive(actor.id, event.id);
  // A cancelled registration does not stop the person from registering again (the row is reused).
  if (existing && existing.status !== 'CANCELLED') redirect({ href: `/my/registrations/${slug}`, locale });
  const window = registrationWindow(event);
  const title = localized(event.title, locale, event.languages);
  if (window !== 'open') {
    return (
      <>
        <PageTitle lead={title}>{t('register.title')}</PageTitle>
        <Alert tone="warning" testId="registration-closed">{t(window === 'closed' ? 'register.closed' : 'register.notOpenYet')}</Alert>
      </>
    );
  }
  const [draft, names] = await Promise.all([findDraft(actor.id, event.id), findAccountNames(actor.id)]);
  return (
    <div className="mx-auto max-w-2xl">
      <PageTitle lead={title}>{t('register.title')}</PageTitle>
      {/* The wizard's messages: the event pages around it send far fewer (src/lib/i18n/client-messages.ts). */}
      <ClientMessages set="register">
        <RegistrationWizard
          mode="create"
          slug={slug}
          context={registrationContext(event)}
          options={formOptionsFor(event, locale)}
          initialValues={initialFormValues(event, { ...names, email: actor.email }, draft?.data)}
          initialStep={draft?.step ?? 0}
          resumed={Boolean(draft)}
        />
      </ClientMessages>
    </div>
  );
}
