import 'server-only';
import { db } from '@/lib/db';
import { forbidden } from '@/lib/errors';
import { canManageUsers } from '@/features/auth/policy';
import type { Actor } from '@/features/auth/data';
import type { Role } from '@/generated/prisma/enums';

const PAGE_SIZE = 50;

/** Accounts, for the secretariat only; searched by name or e-mail. */
export async function listUsers(actor: Actor, { q, role, page = 1 }: { q?: string; role?: Role; page?: number }) {
  if (!canManageUsers(actor.role)) throw forbidden();
  const term = q?.trim();
  const where = {
    ...(role ? { role } : {}),
    ...(term ? { OR: [{ email: { contains: term, mode: 'insensitive' as const } }, { name: { contains: term, mode: 'insensitive' as const } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ role: 'desc' }, { createdAt: 'desc' }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, name: true, email: true, role: true, emailVerifiedAt: true, disabledAt: true, deletedAt: true, createdAt: true },
    }),
    db.user.count({ where }),
  ]);
  return { rows, total, pageSize: PAGE_SIZE };
}
