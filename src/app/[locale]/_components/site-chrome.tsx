import type { ReactNode } from 'react';
import { SiteHeader } from './site-header';

/**
 * The header and the main landmark around a page. Rendered by each route group's layout
 * (not the root layout) so that the anonymous, cached pages ((anon)/public-view) can have a
 * header that does not read the session cookie, while every other page shows who is signed in.
 */
export function SiteChrome({ children, anonymous = false }: { children: ReactNode; anonymous?: boolean }) {
  return (
    <>
      <SiteHeader anonymous={anonymous} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:py-10">
        {children}
      </main>
    </>
  );
}
