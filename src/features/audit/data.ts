import 'server-only';
import { db } from '@/lib/db';
import { forbidden } from '@/lib/errors';
import { canReadAuditLog } from '@/features/auth/policy';
import type { Actor } from '@/features/auth/data';

const PAGE_SIZE = 50;

export async function listAuditLog(actor: Actor, { page = 1, entityType }: { page?: number; entityType?: string } = {}) {
  if (!canReadAuditLog(actor.role)) throw forbidden();
  const where = entityType ? { entityType } : {};
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: { createdAt: 'desc' },
      skip: (Math.max(1, page) - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      include: { actor: { select: { name: true, email: true } } },
    }),
    db.auditLog.count({ where }),
  ]);
  return { rows, total, pageSize: PAGE_SIZE };
}
