// The outbox worker: each message sent exactly once by parallel workers, a
// large queue drained, failures retried with backoff then FAILED, leases
// respected, and the staff retry action gated and audited.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { backoffMs, claimOutboxBatch, drainOutbox, type MailTransport, type OutgoingMessage } from '@/features/email/worker/mutations';
import { retryOutboxMessage } from '@/features/email/actions';
import { createRoleUsers } from '@tests/factories';
import { actAs } from './helpers/session';

/** `n` queued messages to unique addresses; returns their ids. */
async function queue(n: number, tag = randomUUID().slice(0, 8)): Promise<string[]> {
  const rows = Array.from({ length: n }, (_, i) => ({ id: `mw${tag}${String(i).padStart(5, '0')}`, to: `w-${tag}-${i}@test.rencontre.example`, template: 'test', subject: `Message ${i}`, text: 'Bonjour' }));
  for (let i = 0; i < rows.length; i += 1000) await db.emailOutbox.createMany({ data: rows.slice(i, i + 1000) });
  return rows.map((r) => r.id);
}

/** Records every send; optionally slow (so parallel workers overlap) or failing for some addresses. */
function fakeTransport({ delayMs = 0, failFor }: { delayMs?: number; failFor?: (m: OutgoingMessage) => boolean } = {}) {
  const sends = new Map<string, number>();
  const transport: MailTransport = {
    async send(m) {
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      if (failFor?.(m)) throw new Error(`550 mailbox unavailable: ${m.to}`);
      sends.set(m.id, (sends.get(m.id) ?? 0) + 1);
    },
  };
  return { transport, sends };
}

describe('drainOutbox', () => {
  it('two workers in parallel send each message exactly once', async () => {
    const ids = await queue(300);
    const { transport, sends } = fakeTransport({ delayMs: 2 });
    const [a, b] = await Promise.all([
      drainOutbox(transport, { workerId: 'worker-a', batchSize: 20 }),
      drainOutbox(transport, { workerId: 'worker-b', batchSize: 20 }),
    ]);
    expect(ids.every((id) => sends.get(id) === 1)).toBe(true);
    expect(a.sent + b.sent).toBeGreaterThanOrEqual(300);
    const rows = await db.emailOutbox.findMany({ where: { id: { in: ids } }, select: { status: true, attempts: true, claimedBy: true, sentAt: true } });
    expect(rows.every((r) => r.status === 'SENT' && r.attempts === 1 && r.claimedBy === null && r.sentAt)).toBe(true);
  });

  it('drains 2,000 queued messages in batches until none is left', async () => {
    const ids = await queue(2000);
    const { transport, sends } = fakeTransport();
    const result = await drainOutbox(transport, { workerId: 'worker-bulk' });
    expect(result.batches).toBeGreaterThanOrEqual(40);
    expect(ids.filter((id) => sends.get(id) === 1)).toHaveLength(2000);
    expect(await db.emailOutbox.count({ where: { id: { in: ids }, status: 'SENT' } })).toBe(2000);
  }, 120_000);

  it('retries a failing message with exponential backoff, then marks it FAILED with its error', async () => {
    const tag = randomUUID().slice(0, 8);
    const [id] = await queue(1, tag);
    const { transport, sends } = fakeTransport({ failFor: (m) => m.to.includes(tag) });
    const options = { workerId: 'worker-failing', maxAttempts: 3, backoffBaseMs: 60_000 };
    let now = new Date(Date.now() + 1000);
    const state = () => db.emailOutbox.findUniqueOrThrow({ where: { id }, select: { status: true, attempts: true, lastError: true, nextAttemptAt: true, claimedBy: true } });

    await drainOutbox(transport, { ...options, now: () => now });
    let s = await state();
    expect(s).toMatchObject({ status: 'QUEUED', attempts: 1, claimedBy: null, lastError: expect.stringContaining('550') });
    expect(s.nextAttemptAt.getTime()).toBe(now.getTime() + 60_000);

    // Not due yet: nothing happens before the backoff has passed.
    await drainOutbox(transport, { ...options, now: () => new Date(now.getTime() + 59_000) });
    expect((await state()).attempts).toBe(1);

    now = new Date(now.getTime() + 60_000);
    await drainOutbox(transport, { ...options, now: () => now });
    s = await state();
    expect(s).toMatchObject({ status: 'QUEUED', attempts: 2 });
    expect(s.nextAttemptAt.getTime()).toBe(now.getTime() + 120_000); // doubled

    now = new Date(now.getTime() + 120_000);
    await drainOutbox(transport, { ...options, now: () => now });
    s = await state();
    expect(s).toMatchObject({ status: 'FAILED', attempts: 3, claimedBy: null, lastError: expect.stringContaining('mailbox unavailable') });
    expect(sends.get(id)).toBeUndefined();

    // FAILED stays failed: later runs leave it alone.
    await drainOutbox(transport, { ...options, now: () => new Date(now.getTime() + 86_400_000) });
    expect((await state()).attempts).toBe(3);
  });

  it('computes the backoff as base·2^(n-1), capped', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 1000, 5000))).toEqual([1000, 2000, 4000, 5000]);
  });

  it('never gives a leased message to another worker until the lease has expired', async () => {
    const tag = randomUUID().slice(0, 8);
    const [id] = await queue(1, tag);
    const now = new Date(Date.now() + 1000);
    // Worker A claims the message (as if sending it); keep only ours.
    const claimed = await claimOutboxBatch('worker-lease-a', 10_000, 60_000, now);
    expect(claimed.map((m) => m.id)).toContain(id);
    const { transport, sends } = fakeTransport();
    await drainOutbox(transport, { workerId: 'worker-lease-b', now: () => new Date(now.getTime() + 30_000) });
    expect(sends.get(id)).toBeUndefined();
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'QUEUED', claimedBy: 'worker-lease-a' });
    // Worker A died: after the lease the message is taken again and sent.
    await drainOutbox(transport, { workerId: 'worker-lease-b', now: () => new Date(now.getTime() + 61_000) });
    expect(sends.get(id)).toBe(1);
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'SENT', attempts: 2 });
    // Release everything else the test claimed, so other tests' messages are not held.
    await db.emailOutbox.updateMany({ where: { claimedBy: 'worker-lease-a', status: 'QUEUED' }, data: { claimedBy: null, claimedUntil: null } });
  });
});

describe('retryOutboxMessage (organizer or secretariat, audited)', () => {
  async function failed() {
    const [id] = await queue(1);
    await db.emailOutbox.update({ where: { id }, data: { status: 'FAILED', attempts: 6, lastError: '550 no such user' } });
    return id;
  }

  it('refuses anonymous callers and delegates, writing nothing', async () => {
    const { delegate } = await createRoleUsers();
    const id = await failed();
    actAs(null);
    expect(await retryOutboxMessage({ id })).toEqual({ ok: false, code: 'UNAUTHENTICATED' });
    actAs(delegate);
    expect(await retryOutboxMessage({ id })).toEqual({ ok: false, code: 'NOT_FOUND' });
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'FAILED', attempts: 6 });
    expect(await db.auditLog.count({ where: { entityId: id } })).toBe(0);
  });

  it.each(['ORGANIZER', 'SECRETARIAT'] as const)('lets the %s put a failed message back in the queue, audited', async (role) => {
    const users = await createRoleUsers();
    const actor = role === 'ORGANIZER' ? users.organizer : users.secretariat;
    const id = await failed();
    actAs(actor);
    expect(await retryOutboxMessage({ id })).toEqual({ ok: true, data: { id } });
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'QUEUED', attempts: 0, lastError: '550 no such user' });
    expect(await db.auditLog.findFirstOrThrow({ where: { entityId: id } })).toMatchObject({ actorId: actor.id, action: 'email.retry', entityType: 'EmailOutbox' });
    // A message that is not FAILED cannot be retried (and nothing more is written).
    expect(await retryOutboxMessage({ id })).toEqual({ ok: false, code: 'CONFLICT' });
    expect(await retryOutboxMessage({ id: 'does-not-exist' })).toEqual({ ok: false, code: 'NOT_FOUND' });
    expect(await db.auditLog.count({ where: { entityId: id } })).toBe(1);
  });
});
