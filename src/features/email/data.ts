import 'server-only';
import { db } from '@/lib/db';
import { forbidden, notFound } from '@/lib/errors';
import { canReadOutbox } from '@/features/auth/policy';
import type { Actor } from '@/features/auth/data';
import { isDemoMode } from '@/lib/env';
import { canReadMessageBody } from './policy';

const PAGE_SIZE = 50;

export async function listOutbox(actor: Actor, { page = 1, to, status }: { page?: number; to?: string; status?: 'QUEUED' | 'SENT' | 'FAILED' } = {}) {
  if (!canReadOutbox(actor.role)) throw forbidden();
  const where = { ...(to ? { to: { contains: to.trim().toLowerCase() } } : {}), ...(status ? { status } : {}) };
  const [rows, total] = await Promise.all([
    db.emailOutbox.findMany({
      where,
      orderBy: { createdAt: 'desc' },
      skip: (Math.max(1, page) - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, createdAt: true, to: true, subject: true, template: true, status: true, locale: true, attempts: true, lastError: true },
    }),
    db.emailOutbox.count({ where }),
  ]);
  return { rows, total, pageSize: PAGE_SIZE };
}

/** One message; its body is withheld where `canReadMessageBody` says so. */
export async function getOutboxMessage(actor: Actor, id: string) {
  if (!canReadOutbox(actor.role)) throw forbidden();
  const message = await db.emailOutbox.findUnique({ where: { id }, include: { user: { select: { role: true } } } });
  if (!message) throw notFound();
  const { user, ...rest } = message;
  const readable = canReadMessageBody(actor, message, user?.role ?? null, isDemoMode());
  return readable ? { ...rest, withheld: false } : { ...rest, text: '', html: null, withheld: true };
}
