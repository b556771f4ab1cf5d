import type { ReactNode } from 'react';
import { ClientMessages } from '../_components/client-messages';
import { SiteChrome } from '../_components/site-chrome';

// The message namespaces this part of the site's client components use (src/lib/i18n/client-messages.ts).
export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages set="public">
      <SiteChrome>{children}</SiteChrome>
    </ClientMessages>
  );
}
