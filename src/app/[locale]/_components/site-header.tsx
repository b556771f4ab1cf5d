import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { getActor } from '@/features/auth/data';
import { isStaff } from '@/features/auth/policy';
import { SignOutButton } from '@/features/auth/components/sign-out-button';
import { LanguageSwitcher } from './language-switcher';

/**
 * `anonymous`: the signed-out header without reading the session, for the cached anonymous
 * pages ((anon)/public-view), which must not read cookies.
 */
export async function SiteHeader({ anonymous = false }: { anonymous?: boolean } = {}) {
  const t = await getTranslations('nav');
  const tAgenda = await getTranslations('agenda');
  const tRegistration = await getTranslations('registration');
  const tDelegations = await getTranslations('delegations');
  const actor = anonymous ? null : await getActor();
  const link = 'inline-flex min-h-11 items-center px-2 underline-offset-4 hover:underline';
  const tMenu = await getTranslations('people.header');
  // Signed in on a phone: the links sit behind a "Menu" button (a <details>
  // disclosure: it works without JavaScript), so the header is one line high.
  const items = (vertical: boolean) =>
    actor ? (
      <>
        <li>
          <Link href="/" className={link}>{t('events')}</Link>
        </li>
        <li>
          <Link href="/my/registrations" className={link}>{tRegistration('my.title')}</Link>
        </li>
        <li>
          <Link href="/my/agenda" className={link}>{tAgenda('title')}</Link>
        </li>
        <li>
          <Link href="/my/delegations" className={link}>{tDelegations('nav')}</Link>
        </li>
        {isStaff(actor.role) ? (
          <li>
            <Link href="/staff" className={link}>{t('staff')}</Link>
          </li>
        ) : null}
        <li className={vertical ? 'flex flex-wrap items-center gap-2 border-t border-stone-200 pt-1' : 'ml-auto flex items-center gap-2'}>
          <Link href="/account" className={`${link} [overflow-wrap:anywhere]`}>
            <span className="sr-only">{t('accountOf')} </span>
            {actor.name}
          </Link>
          <SignOutButton />
        </li>
      </>
    ) : null;
  return (
    <header className="relative border-b border-stone-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        {t('skip')}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-1 gap-y-2 px-4 py-1 sm:py-2">
        <Link href="/" className="text-lg font-bold text-brand-700 sm:text-xl">
          Rencontre
        </Link>
        <div className="flex items-center gap-1">
          <LanguageSwitcher />
          {actor ? (
            <details className="group sm:hidden" data-testid="header-menu">
              <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-1 rounded px-2 font-medium hover:bg-stone-100 [&::-webkit-details-marker]:hidden">
                <span aria-hidden="true">☰</span>
                {tMenu('menu')}
              </summary>
              <nav aria-label={t('main')} className="absolute inset-x-0 top-full z-40 border-b border-stone-200 bg-white px-4 pb-2 shadow-md">
                <ul className="flex flex-col text-base">{items(true)}</ul>
              </nav>
            </details>
          ) : null}
        </div>
      </div>
      <nav aria-label={t('main')} className={`mx-auto max-w-5xl px-4 pb-2 ${actor ? 'hidden sm:block' : ''}`}>
        <ul className="flex flex-wrap items-center gap-x-2 text-base">
          {actor ? (
            items(false)
          ) : (
            <>
              <li>
                <Link href="/" className={link}>
                  {t('events')}
                </Link>
              </li>
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
