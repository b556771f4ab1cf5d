import 'server-only';
import nodemailer from 'nodemailer';
import { db } from '@/lib/db';
import type { Prisma } from '@/generated/prisma/client';
import { mailFrom, smtpUrl } from '@/lib/env';
import type { AppLocale } from '@/lib/i18n/locales';
import { AppError } from '@/lib/errors';
import { writeAudit } from '@/features/audit/mutations';
import { renderEmail, type EmailParams, type EmailTemplate } from './render';
import { drainOutbox, requeueFailedMessage, type DrainResult, type MailTransport, type WorkerOptions } from './worker/mutations';

export type QueuedEmail = {
  to: string;
  userId?: string | null;
  locale: AppLocale;
  template: EmailTemplate;
  params: EmailParams;
  /** Same key, one message: a double submit never sends twice. */
  dedupeKey?: string;
};

/**
 * Every message goes into the outbox, inside the caller's transaction (so it
 * exists exactly when the change it announces does). When SMTP_URL is set,
 * `dispatchOutbox()` then sends it.
 */
export async function queueEmail(tx: Prisma.TransactionClient, email: QueuedEmail): Promise<void> {
  const { subject, text, html } = await renderEmail(email.locale, email.template, email.params);
  const data = {
    to: email.to,
    userId: email.userId ?? null,
    locale: email.locale,
    template: email.template,
    subject,
    text,
    html,
    dedupeKey: email.dedupeKey ?? null,
  };
  if (email.dedupeKey) {
    await tx.emailOutbox.upsert({ where: { dedupeKey: email.dedupeKey }, create: data, update: {} });
  } else {
    await tx.emailOutbox.create({ data });
  }
}

let smtp: nodemailer.Transporter | undefined;

/** The SMTP transport from SMTP_URL (undefined without a mail server). */
export function smtpTransport(): MailTransport | undefined {
  const url = smtpUrl();
  if (!url) return undefined;
  smtp ??= nodemailer.createTransport(url);
  const transport = smtp;
  return {
    async send(message) {
      await transport.sendMail({ from: mailFrom(), to: message.to, subject: message.subject, text: message.text, html: message.html ?? undefined });
    },
  };
}

export type RenderedEmail = Awaited<ReturnType<typeof renderQueuedEmail>>;

/**
 * Renders a message ahead of the transaction that queues it (rendering is CPU work that
 * must not happen while the transaction holds a contended lock); see queueRenderedEmails.
 */
export async function renderQueuedEmail(email: QueuedEmail) {
  const { subject, text, html } = await renderEmail(email.locale, email.template, email.params);
  return { to: email.to, userId: email.userId ?? null, locale: email.locale, template: email.template, subject, text, html, dedupeKey: email.dedupeKey ?? null };
}

/** Queues pre-rendered messages in one statement, inside the caller's transaction (a repeated dedupeKey is skipped). */
export async function queueRenderedEmails(tx: Prisma.TransactionClient, emails: RenderedEmail[]): Promise<void> {
  if (emails.length > 0) await tx.emailOutbox.createMany({ data: emails, skipDuplicates: true });
}

/**
 * Drains the outbox when SMTP_URL is set (the after-response trigger; the
 * long-running `npm run mail:worker` does the same in a loop). The lease,
 * retries and backoff are in worker/mutations.ts.
 */
export async function dispatchOutbox(options: WorkerOptions = {}): Promise<DrainResult | null> {
  const transport = smtpTransport();
  if (!transport) return null;
  return drainOutbox(transport, { budgetMs: 60_000, ...options });
}

/** Staff put a FAILED message back in the queue; audited in the same transaction. */
export async function retryOutboxMessage(actorId: string, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const message = await tx.emailOutbox.findUnique({ where: { id }, select: { id: true, status: true, template: true, attempts: true } });
    if (!message) throw new AppError('NOT_FOUND');
    if (!(await requeueFailedMessage(tx, id))) throw new AppError('CONFLICT');
    await writeAudit(tx, { actorId, action: 'email.retry', entityType: 'EmailOutbox', entityId: id, data: { template: message.template, attempts: message.attempts } });
  });
}

/** A message whose text is already written (staff messages to attendees): plain text only, never HTML. */
export type QueuedText = { to: string; userId: string | null; locale: AppLocale; template: string; subject: string; text: string; dedupeKey: string };

/**
 * Queues many already-rendered plain-text messages in the caller's transaction.
 * The dedupe key makes each idempotent (an existing key is skipped).
 */
export async function queueTextEmails(tx: Prisma.TransactionClient, emails: readonly QueuedText[]): Promise<number> {
  if (emails.length === 0) return 0;
  const { count } = await tx.emailOutbox.createMany({ data: emails.map((e) => ({ ...e, html: null })), skipDuplicates: true });
  return count;
}
