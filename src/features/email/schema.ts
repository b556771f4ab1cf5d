import { z } from 'zod';

export const OUTBOX_STATUSES = ['QUEUED', 'SENT', 'FAILED'] as const;

export const retryOutboxMessageSchema = z.strictObject({
  id: z.string().min(1).max(64),
});
export type RetryOutboxMessageInput = z.input<typeof retryOutboxMessageSchema>;

/** The outbox list's GET parameters (lenient: a bad value is ignored). */
export const outboxQuerySchema = z.object({
  to: z.string().max(254).optional().catch(undefined),
  status: z.enum(OUTBOX_STATUSES).optional().catch(undefined),
});
