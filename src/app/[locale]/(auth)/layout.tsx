import type { ReactNode } from 'react';
import { ClientMessages } from '../_components/client-messages';

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto max-w-md">
      <ClientMessages set="auth">{children}</ClientMessages>
    </div>
  );
}
