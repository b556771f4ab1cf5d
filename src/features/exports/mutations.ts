import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/generated/prisma/client';
import { writeAudit } from '@/features/audit/mutations';

/** Who exported what (filter, format, columns, rows): personal data leaving the platform is audited. */
export async function recordExport(actorId: string, eventId: string, action: string, data: Prisma.InputJsonValue): Promise<void> {
  await db.$transaction((tx) => writeAudit(tx, { actorId, eventId, action, entityType: 'Event', entityId: eventId, data }));
}
