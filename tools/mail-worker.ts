// npm run mail:worker — drains the e-mail outbox in a loop (one or more per
// deployment; several are safe: each message is leased by one worker).
// Needs SMTP_URL (and DATABASE_URL for PostgreSQL). Stops cleanly on SIGINT/SIGTERM
// after the batch in hand; a message it had claimed is taken again when its lease expires.
import nodemailer from 'nodemailer';
import { disconnectDb } from '@/lib/db';
import { drainOutbox, newWorkerId, type MailTransport } from '@/features/email/worker/mutations';

const url = process.env.SMTP_URL;
if (!url) {
  console.error('[mail:worker] SMTP_URL is not set: without a mail server messages stay in the outbox (see README).');
  process.exit(1);
}
const pollMs = Number(process.env.MAIL_POLL_MS ?? 5_000);
const from = process.env.MAIL_FROM ?? 'Rencontre <no-reply@rencontre.test>';
const smtp = nodemailer.createTransport(url);
const transport: MailTransport = {
  async send(m) {
    await smtp.sendMail({ from, to: m.to, subject: m.subject, text: m.text, html: m.html ?? undefined });
  },
};
const workerId = newWorkerId();
let stopping = false;
let wake: (() => void) | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = true;
    wake?.();
  });
}

console.log(`[mail:worker] ${workerId} polling every ${pollMs} ms`);
while (!stopping) {
  try {
    const r = await drainOutbox(transport, { workerId, budgetMs: 60_000 });
    if (r.batches > 0) console.log(`[mail:worker] sent ${r.sent}, to retry ${r.retried}, failed ${r.failed}`);
  } catch (error) {
    console.error('[mail:worker] drain failed', error);
  }
  if (!stopping) await new Promise<void>((resolve) => { wake = resolve; setTimeout(resolve, pollMs); });
}
await disconnectDb();
process.exit(0);
