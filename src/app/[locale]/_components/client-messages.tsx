import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { pickMessages, type ClientMessageSet } from '@/lib/i18n/client-messages';

/** Gives the client components below only the message namespaces of `set` (src/lib/i18n/client-messages.ts). */
export async function ClientMessages({ set, children }: { set: ClientMessageSet; children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, set)}>{children}</NextIntlClientProvider>;
}
