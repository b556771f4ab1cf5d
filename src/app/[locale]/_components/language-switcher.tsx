'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { LOCALE_NAMES, LOCALES } from '@/lib/i18n/locales';

/** Plain links (one per language), each named in its own language. */
export function LanguageSwitcher() {
  const t = useTranslations('nav');
  const locale = useLocale();
  // The cached anonymous pages are rendered at their internal path (src/proxy.ts rewrites to it):
  // links name the public address.
  const pathname = usePathname().replace(/^\/public-view(?=\/|$)/, '') || '/';
  return (
    <nav aria-label={t('language')}>
      <ul className="flex flex-wrap gap-1">
        {LOCALES.map((l) => (
          <li key={l}>
            <Link
              href={pathname}
              locale={l}
              lang={l}
              hrefLang={l}
              aria-current={l === locale ? 'true' : undefined}
              className={`inline-flex min-h-11 min-w-11 items-center justify-center rounded px-2 text-sm uppercase ${l === locale ? 'bg-brand-700 font-bold text-white' : 'text-stone-800 hover:bg-stone-200'}`}
            >
              <abbr title={LOCALE_NAMES[l]} className="no-underline">
                {l}
              </abbr>
              <span className="sr-only"> {LOCALE_NAMES[l]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
