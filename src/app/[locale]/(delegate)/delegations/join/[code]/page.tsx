import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Card, PageTitle } from '@/components/ui/card';
import { localized } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { localeParam } from '@/lib/i18n/params';
import { safeDecode } from '@/lib/validation';
import { requireUserPage } from '@/features/auth/loaders';
import { findApprovedByCode, findOwnRegistration } from '@/features/delegations/data';
import { isWellFormedCode, normalizeCode } from '@/features/delegations/schema';
import { JoinForm } from '@/features/delegations/components/join-form';

type Props = { params: Promise<{ locale: string; code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('delegations'))('join.title'), robots: { index: false } };
}

/** The invitation link of a delegation: who it is, seats left, and a button to join. */
export default async function JoinByLinkPage({ params }: Props) {
  const locale = await localeParam(params);
  const { code: raw } = await params;
  const code = normalizeCode(safeDecode(raw) ?? '');
  const actor = await requireUserPage(locale, `/delegations/join/${encodeURIComponent(code)}`);
  const t = await getTranslations('delegations');
  const delegation = isWellFormedCode(code) ? await findApprovedByCode(code) : null;
  if (!delegation) {
    return (
      <>
        <PageTitle>{t('join.title')}</PageTitle>
        <Alert tone="error" testId="join-invalid">{t('join.invalid')}</Alert>
        <p className="mt-4"><Link href="/my/delegations/join" className="text-brand-700 underline">{t('my.join')}</Link></p>
      </>
    );
  }
  const own = await findOwnRegistration(actor.id, delegation.event.id);
  const left = Math.max(0, delegation.quota - delegation.memberCount);
  return (
    <>
      <PageTitle lead={t('join.linkLead', { event: localized(delegation.event.title, locale, delegation.event.languages), head: delegation.head?.name ?? '—' })}>
        {t('join.linkTitle', { delegation: delegation.name })}
      </PageTitle>
      <Card className="max-w-xl space-y-4">
        <p>{t('join.seats', { left })}</p>
        {own?.delegation ? <Alert tone="info">{t('join.registeredIn', { delegation: own.delegation.name })}</Alert> : <JoinForm initialCode={code} fixed />}
      </Card>
    </>
  );
}
