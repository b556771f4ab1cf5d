import 'server-only';
import type { Tx } from '@/lib/db-types';
import { AppError } from '@/lib/errors';
import { eventStatusOf, type EventRef } from './data';
import { isEventWritable } from './policy';

/**
 * Refuses (EVENT_ARCHIVED) any write to an archived event's data. Called first
 * inside every mutation's transaction, with whatever id the mutation has; an
 * unknown target passes through (the mutation's own scoped load answers NOT_FOUND).
 */
export async function assertEventWritable(tx: Tx, ref: EventRef): Promise<void> {
  const status = await eventStatusOf(tx, ref);
  if (status && !isEventWritable(status)) throw new AppError('EVENT_ARCHIVED');
}
