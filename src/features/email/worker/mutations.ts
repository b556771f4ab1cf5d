// The outbox worker: drains EmailOutbox in batches, with a lease per message,
// retries with exponential backoff and a maximum number of attempts.
//
// No `import 'server-only'` on purpose (like src/lib/db.ts): `npm run mail:worker`
// (tools/mail-worker.ts, plain tsx) runs it outside Next. Never import it from
// a client component.
//
// Guarantees, on PGlite and PostgreSQL, with any number of workers:
// - a message is claimed by one atomic UPDATE whose target rows come from
//   `SELECT … FOR UPDATE SKIP LOCKED`: two workers never claim the same row
//   (on PostgreSQL the second skips rows the first has locked and, re-checking
//   the WHERE on rows committed meanwhile, sees the lease; PGlite serialises);
// - the claim is a lease (`claimedBy`, `claimedUntil`): while it runs nobody
//   else takes the message; if the worker dies, the message is taken again once
//   the lease has expired (at-least-once, the best SMTP allows);
// - a failure puts the message back with `nextAttemptAt = now + base·2^(n-1)`
//   (capped), and after `maxAttempts` it is FAILED with its last error; staff
//   can put it back in the queue (retryOutboxMessage).
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';

export type OutgoingMessage = { id: string; to: string; subject: string; text: string; html: string | null };
export type MailTransport = { send(message: OutgoingMessage): Promise<void> };

export type WorkerOptions = {
  /** Identifies this worker in `claimedBy` (host, pid and a random part by default). */
  workerId?: string;
  batchSize?: number;
  /** Messages sent at once within a batch. */
  concurrency?: number;
  leaseMs?: number;
  maxAttempts?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** Stop claiming new batches after this long (the after-response trigger); the rest waits for the next run. */
  budgetMs?: number;
  /** The clock (tests move it forward). */
  now?: () => Date;
};

export const MAIL_DEFAULTS = {
  batchSize: 50,
  concurrency: 4,
  leaseMs: 5 * 60_000,
  maxAttempts: 6,
  backoffBaseMs: 60_000,
  backoffMaxMs: 6 * 60 * 60_000,
} as const;

export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
}

/** Wait before attempt `attempts + 1`, after `attempts` failed ones: base·2^(attempts-1), capped. */
export function backoffMs(attempts: number, baseMs: number = MAIL_DEFAULTS.backoffBaseMs, maxMs: number = MAIL_DEFAULTS.backoffMaxMs): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
}

/**
 * Claims up to `limit` due messages for `workerId` until `now + leaseMs`, and
 * counts the attempt. Instants are passed as epoch milliseconds and compared
 * in UTC, the way Prisma stores `timestamp(3)` columns, whatever the session's
 * time zone.
 */
export async function claimOutboxBatch(workerId: string, limit: number, leaseMs: number, now: Date): Promise<(OutgoingMessage & { attempts: number })[]> {
  const nowMs = now.getTime();
  const untilMs = nowMs + leaseMs;
  return db.$queryRaw<(OutgoingMessage & { attempts: number })[]>`
    UPDATE "EmailOutbox" SET "claimedBy" = ${workerId},
           "claimedUntil" = to_timestamp(${untilMs}::double precision / 1000) AT TIME ZONE 'UTC',
           attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM "EmailOutbox"
      WHERE status = 'QUEUED'
        AND "nextAttemptAt" <= to_timestamp(${nowMs}::double precision / 1000) AT TIME ZONE 'UTC'
        AND ("claimedUntil" IS NULL OR "claimedUntil" < to_timestamp(${nowMs}::double precision / 1000) AT TIME ZONE 'UTC')
      ORDER BY "nextAttemptAt", "createdAt", id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    AND status = 'QUEUED'
    AND ("claimedUntil" IS NULL OR "claimedUntil" < to_timestamp(${nowMs}::double precision / 1000) AT TIME ZONE 'UTC')
    RETURNING id, "to", subject, text, html, attempts`;
}

async function markSent(id: string, workerId: string, now: Date): Promise<void> {
  await db.emailOutbox.updateMany({ where: { id, claimedBy: workerId, status: 'QUEUED' }, data: { status: 'SENT', sentAt: now, lastError: null, claimedBy: null, claimedUntil: null } });
}

async function markFailed(id: string, workerId: string, attempts: number, error: unknown, now: Date, o: Required<Pick<WorkerOptions, 'maxAttempts' | 'backoffBaseMs' | 'backoffMaxMs'>>): Promise<'FAILED' | 'QUEUED'> {
  const status = attempts >= o.maxAttempts ? 'FAILED' : 'QUEUED';
  const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  await db.emailOutbox.updateMany({
    where: { id, claimedBy: workerId, status: 'QUEUED' },
    data: { status, lastError, claimedBy: null, claimedUntil: null, nextAttemptAt: new Date(now.getTime() + backoffMs(attempts, o.backoffBaseMs, o.backoffMaxMs)) },
  });
  return status;
}

export type DrainResult = { sent: number; retried: number; failed: number; batches: number };

/** Sends due messages batch after batch until none is due (or the budget is spent). */
export async function drainOutbox(transport: MailTransport, options: WorkerOptions = {}): Promise<DrainResult> {
  const o = { ...MAIL_DEFAULTS, workerId: newWorkerId(), now: () => new Date(), ...options };
  const started = Date.now();
  const result: DrainResult = { sent: 0, retried: 0, failed: 0, batches: 0 };
  while (o.budgetMs === undefined || Date.now() - started < o.budgetMs) {
    const batch = await claimOutboxBatch(o.workerId, o.batchSize, o.leaseMs, o.now());
    if (batch.length === 0) break;
    result.batches++;
    let next = 0;
    const lane = async () => {
      while (next < batch.length) {
        const message = batch[next++];
        try {
          await transport.send(message);
          await markSent(message.id, o.workerId, o.now());
          result.sent++;
        } catch (error) {
          const status = await markFailed(message.id, o.workerId, Number(message.attempts), error, o.now(), o);
          if (status === 'FAILED') result.failed++;
          else result.retried++;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, o.concurrency) }, lane));
  }
  return result;
}

/**
 * Staff put a FAILED message back in the queue (attempts start again), in the
 * caller's transaction. Conditional: a message not FAILED is left alone.
 */
export async function requeueFailedMessage(tx: Pick<typeof db, 'emailOutbox'>, id: string): Promise<boolean> {
  const { count } = await tx.emailOutbox.updateMany({ where: { id, status: 'FAILED' }, data: { status: 'QUEUED', attempts: 0, nextAttemptAt: new Date(), claimedBy: null, claimedUntil: null } });
  return count === 1;
}
