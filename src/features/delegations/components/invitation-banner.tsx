import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { localized } from '@/lib/i18n/localized';
import type { AppLocale } from '@/lib/i18n/locales';
import type { PendingInvitationView } from '../pending/data';

/**
 * "You were invited to join the Québec delegation", on sign-in, sign-up and
 * verification pages and after the first sign-in, so the invitation a
 * signed-out person opened is never lost on the way.
 */
export async function InvitationBanner({ invitation, locale, next, action }: {
  invitation: PendingInvitationView;
  locale: AppLocale;
  next?: 'signIn' | 'signUp';
  /** A link to join now (signed in). */
  action?: boolean;
}) {
  const t = await getTranslations('people.invitation');
  const event = localized(invitation.event.title, locale, invitation.event.languages as AppLocale[]);
  return (
    <Alert tone="info" testId="invitation-banner">
      <p className="font-medium">
        {t('banner', { delegation: invitation.delegation, event })}
      </p>
      {invitation.head ? <p>{t('head', { head: invitation.head })}</p> : null}
      {next === 'signIn' ? <p className="mt-1 text-sm">{t('afterSignIn')}</p> : null}
      {next === 'signUp' ? <p className="mt-1 text-sm">{t('afterSignUp')}</p> : null}
      {action ? (
        <p className="mt-2">
          <a href={`/${locale}${invitation.path}`} className="inline-flex min-h-11 items-center font-medium underline" data-testid="invitation-join">{t('join')}</a>
        </p>
      ) : null}
    </Alert>
  );
}
