import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { getActor } from '@/features/auth/data';
import { isStaff } from '@/features/auth/policy';
import { SignOutButton } from '@/features/auth/components/sign-out-button';
import { LanguageSwitcher } from './language-switcher';

export async function SiteHeader() {
  const t = await getTranslations('nav');
  const tAgenda = await getTranslations('agenda');
  const tRegistration = await getTranslations('registration');
  const tDelegations = await getTranslations('delegations');
  const actor = await getActor();
  const link = 'inline-flex min-h-11 items-center px-2 underline-offset-4 hover:underline';
  return (
    <header className="border-b border-stone-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        {t('skip')}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-2">
        <Link href="/" className="text-xl font-bold text-brand-700">
          Rencontre
        </Link>
        <LanguageSwitcher />
      </div>
      <nav aria-label={t('main')} className="mx-auto max-w-5xl px-4 pb-2">
        <ul className="flex flex-wrap items-center gap-x-2 text-base">
          <li>
            <Link href="/" className={link}>
              {t('events')}
            </Link>
          </li>
          {actor ? (
            <>
              <li>
                <Link href="/my/registrations" className={link}>
                  {tRegistration('my.title')}
                </Link>
              </li>
              <li>
                <Link href="/my/agenda" className={link}>
                  {tAgenda('title')}
                </Link>
              </li>
              <li>
                <Link href="/my/delegations" className={link}>
                  {tDelegations('nav')}
                </Link>
              </li>
              {isStaff(actor.role) ? (
                <li>
                  <Link href="/staff" className={link}>
                    {t('staff')}
                  </Link>
                </li>
              ) : null}
              <li className="ml-auto flex items-center gap-2">
                <Link href="/account" className={link}>
                  <span className="sr-only">{t('accountOf')} </span>
                  {actor.name}
                </Link>
                <SignOutButton />
              </li>
            </>
          ) : (
            <>
              <li className="ml-auto">
                <Link href="/sign-in" className={link}>
                  {t('signIn')}
                </Link>
              </li>
              <li>
                <Link href="/sign-up" className={link}>
                  {t('signUp')}
                </Link>
              </li>
            </>
          )}
        </ul>
      </nav>
    </header>
  );
}
