import 'server-only';
import nodemailer from 'nodemailer';
import { db } from '@/lib/db';
import type { Prisma } from '@/generated/prisma/client';
import { mailFrom, smtpUrl } from '@/lib/env';
import type { AppLocale } from '@/lib/i18n/locales';
import { renderEmail, type EmailParams, type EmailTemplate } from './render';

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

let transport: nodemailer.Transporter | undefined;

/**
 * Sends queued messages when SMTP_URL is set. Safe with several app instances:
 * each message is claimed by an atomic conditional update before sending.
 */
export async function dispatchOutbox(limit = 20): Promise<number> {
  const url = smtpUrl();
  if (!url) return 0;
  transport ??= nodemailer.createTransport(url);
  const queued = await db.emailOutbox.findMany({ where: { status: 'QUEUED', attempts: { lt: 5 } }, orderBy: { createdAt: 'asc' }, take: limit });
  let sent = 0;
  for (const message of queued) {
    const claim = await db.emailOutbox.updateMany({
      where: { id: message.id, status: 'QUEUED', attempts: message.attempts },
      data: { attempts: { increment: 1 } },
    });
    if (claim.count === 0) continue;
    try {
      await transport.sendMail({ from: mailFrom(), to: message.to, subject: message.subject, text: message.text, html: message.html ?? undefined });
      await db.emailOutbox.update({ where: { id: message.id }, data: { status: 'SENT', sentAt: new Date(), error: null } });
      sent++;
    } catch (error) {
      const failed = message.attempts + 1 >= 5;
      await db.emailOutbox.update({ where: { id: message.id }, data: { status: failed ? 'FAILED' : 'QUEUED', error: String(error).slice(0, 500) } });
    }
  }
  return sent;
}
