import type { ReactNode } from 'react';
import { setRequestLocale } from 'next-intl/server';
import { localeParam } from '@/lib/i18n/params';
import { ClientMessages } from '../../_components/client-messages';
import { SiteChrome } from '../../_components/site-chrome';

/*
 * The anonymous view of the public pages — home, event, programme (unfiltered) and session —
 * served from Next's cache (incremental static regeneration). src/proxy.ts rewrites a GET
 * without a session cookie here; signed-in visitors get the dynamic pages. Nothing below reads
 * cookies or headers: a dynamic read would make the cached render fail at run time.
 * Freshness: each page is regenerated at most PUBLIC_REVALIDATE_S (5 s) after it was made,
 * in the background, and at once after any staff change (revalidateTag of the public data,
 * src/lib/public-cache.ts and features/auth/clients.ts). This instance's cache only: other
 * instances catch up within those 5 s.
 */
// For every page below (literals: Next reads them at build time).
export const revalidate = 5; // seconds; = PUBLIC_REVALIDATE_S
export const dynamicParams = true;
// No request data here (cookies, headers read as empty): a page is the same for every anonymous visitor.
export const dynamic = 'force-static';

export default async function AnonymousLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  // Every layout and page of a cached tree sets the locale itself (next-intl would read a header).
  setRequestLocale(await localeParam(params));
  return (
    <ClientMessages set="public">
      <SiteChrome anonymous>{children}</SiteChrome>
    </ClientMessages>
  );
}
