import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { Card, PageTitle } from '@/components/ui/card';
import { localized } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { localeParam } from '@/lib/i18n/params';
import { safeDecode } from '@/lib/validation';
import { getActor } from '@/features/auth/data';
import { findInviteByToken } from '@/features/delegations/data';
import { AcceptButton, NewAccountForm } from '@/features/delegations/components/accept-invite';

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('delegations'))('invitation.accept'), robots: { index: false }, referrer: 'no-referrer' };
}

/**
 * A member's personal invitation link. Signed in: accept. Not signed in: create
 * the account (when the invited address has none) or sign in and come back.
 */
export default async function InvitationPage({ params }: Props) {
  const locale = await localeParam(params);
  const { token: raw } = await params;
  const token = safeDecode(raw) ?? '';
  const t = await getTranslations('delegations.invitation');
  const found = token.length >= 10 && token.length <= 200 ? await findInviteByToken(token) : null;
  const actor = await getActor();
  // An invitation is for the invited address only: signed in as anyone else, it looks like an invalid link.
  const invite = found && (!actor || actor.email.toLowerCase() === found.email.toLowerCase()) ? found : null;
  if (!invite) {
    return (
      <>
        <PageTitle>{t('accept')}</PageTitle>
        <Alert tone="error" testId="invitation-invalid">{t('invalid')}</Alert>
      </>
    );
  }
  const d = invite.delegation;
  const name = `${invite.firstName} ${invite.lastName}`.trim();
  const here = `/${locale}/invitations/${encodeURIComponent(token)}`;
  return (
    <>
      <PageTitle lead={t('lead', { head: d.head?.name ?? '—', name, event: localized(d.event.title, locale, d.event.languages) })}>{t('title', { delegation: d.name })}</PageTitle>
      <Card className="max-w-xl space-y-4">
        {actor ? (
          <>
            <p>{t('signedInAs', { email: actor.email })}</p>
            <AcceptButton token={token} delegation={d.name} />
          </>
        ) : invite.hasAccount ? (
          <>
            <p>{t('haveAccount', { email: invite.email })}</p>
            <Link href={{ pathname: '/sign-in', query: { callbackUrl: here } }} className={buttonClass('primary')}>{t('signIn')}</Link>
          </>
        ) : (
          <NewAccountForm token={token} email={invite.email} givenName={invite.firstName} familyName={invite.lastName} delegation={d.name} />
        )}
      </Card>
    </>
  );
}
