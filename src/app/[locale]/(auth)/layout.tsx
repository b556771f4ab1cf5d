import type { ReactNode } from 'react';
import { ClientMessages } from '../_components/client-messages';
import { SiteChrome } from '../_components/site-chrome';

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <SiteChrome>
      <div className="mx-auto max-w-md">
        <ClientMessages set="auth">{children}</ClientMessages>
      </div>
    </SiteChrome>
  );
}
