import 'server-only';
import { after } from 'next/server';
import { smtpUrl } from '@/lib/env';
import { dispatchOutbox } from './mutations';

/** Sends the outbox after the response has gone (only when SMTP_URL is set). */
export function scheduleDispatch(): void {
  if (!smtpUrl()) return;
  const run = () => dispatchOutbox().catch((error) => console.error('[mail] dispatch failed', error));
  try {
    after(run);
  } catch {
    void run(); // outside a request (scripts, tests)
  }
}
