import type { ReactNode } from 'react';
import { ClientMessages } from '../../_components/client-messages';

// The message namespaces this part of the site's client components use (src/lib/i18n/client-messages.ts).
export default function InvitationsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages set="invitations">{children}</ClientMessages>;
}
