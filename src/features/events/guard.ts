import 'server-only';
import type { Tx } from '@/lib/db-types';
import { AppError } from '@/lib/errors';
import type { EventStatus } from '@/generated/prisma/enums';
import { isEventWritable } from './policy';

/** What a mutation knows about its target; the event is found through it. */
export type EventRef =
  | { eventId: string }
  | { registrationId: string }
  | { sessionId: string }
  | { delegationId: string }
  | { slug: string };

async function statusOf(tx: Tx, ref: EventRef): Promise<EventStatus | null> {
  let rows: { status: EventStatus }[];
  if ('eventId' in ref) rows = await tx.$queryRaw`SELECT status FROM "Event" WHERE id = ${ref.eventId}`;
  else if ('slug' in ref) rows = await tx.$queryRaw`SELECT status FROM "Event" WHERE slug = ${ref.slug}`;
  else if ('registrationId' in ref) rows = await tx.$queryRaw`SELECT e.status FROM "Event" e JOIN "Registration" r ON r."eventId" = e.id WHERE r.id = ${ref.registrationId}`;
  else if ('sessionId' in ref) rows = await tx.$queryRaw`SELECT e.status FROM "Event" e JOIN "Session" s ON s."eventId" = e.id WHERE s.id = ${ref.sessionId}`;
  else rows = await tx.$queryRaw`SELECT e.status FROM "Event" e JOIN "Delegation" d ON d."eventId" = e.id WHERE d.id = ${ref.delegationId}`;
  return rows[0]?.status ?? null;
}

/**
 * Refuses (EVENT_ARCHIVED) any write to an archived event's data. Called first
 * inside every mutation's transaction, with whatever id the mutation has; an
 * unknown target passes through (the mutation's own scoped load answers NOT_FOUND).
 */
export async function assertEventWritable(tx: Tx, ref: EventRef): Promise<void> {
  const status = await statusOf(tx, ref);
  if (status && !isEventWritable(status)) throw new AppError('EVENT_ARCHIVED');
}
