import 'server-only';
import type { Prisma } from '@/generated/prisma/client';

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  eventId?: string | null;
  /** What changed. Never passwords, tokens, passport numbers or dates of birth. */
  data?: Prisma.InputJsonValue;
};

/** Written inside the same transaction as the change it records. */
export async function writeAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      eventId: entry.eventId ?? null,
      data: entry.data ?? {},
    },
  });
}

/** Several entries in one statement (bulk decisions, wait-list promotion), in the caller's transaction. */
export async function writeAudits(tx: Prisma.TransactionClient, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.auditLog.createMany({
    data: entries.map((e) => ({ actorId: e.actorId, action: e.action, entityType: e.entityType, entityId: e.entityId, eventId: e.eventId ?? null, data: e.data ?? {} })),
  });
}
