import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { joinDelegation, leaveDelegation, removeMember } from '@/features/delegations/actions';
import { joinDelegationInTx, releaseDelegationSeatInTx } from '@/features/delegations/membership';
import { joinByCode } from '@/features/delegations/mutations';
import { actAs } from './helpers/session';
import { createDelegates, createDelegation, createHeadedDelegation, registerUsers } from '../factories/delegations';

const members = (delegationId: string) => db.registration.count({ where: { delegationId } });
const count = async (delegationId: string) => (await db.delegation.findUniqueOrThrow({ where: { id: delegationId } })).memberCount;

describe('delegation quota', () => {
  it('100 concurrent joins for 20 seats: exactly 20 members, the others told it is full', async () => {
    const { event, delegation } = await createHeadedDelegation({ quota: 20 });
    const users = await createDelegates(100);
    await registerUsers(event.slug, users);
    const results = await Promise.allSettled(users.map((u) => joinByCode(u, delegation.invitationCode.toLowerCase())));
    const joined = results.filter((r) => r.status === 'fulfilled' && r.value.outcome === 'JOINED');
    const full = results.filter((r) => r.status === 'rejected' && r.reason instanceof AppError && r.reason.code === 'CAPACITY_FULL');
    expect(joined).toHaveLength(20);
    expect(full).toHaveLength(80);
    expect(await members(delegation.id)).toBe(20);
    expect(await count(delegation.id)).toBe(20);
  });

  it('joinDelegationInTx (for the registration flow) holds the quota under 100 concurrent transactions', async () => {
    const { event, delegation } = await createHeadedDelegation({ quota: 20 });
    const users = await createDelegates(100);
    const regs = await registerUsers(event.slug, users);
    const results = await Promise.allSettled(regs.map((r) => db.$transaction((tx) => joinDelegationInTx(tx, { registrationId: r.id, code: delegation.invitationCode }), { maxWait: 60_000, timeout: 60_000 })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(20);
    expect(results.filter((r) => r.status === 'rejected' && (r.reason as AppError).code === 'CAPACITY_FULL')).toHaveLength(80);
    expect(await members(delegation.id)).toBe(20);
    expect(await count(delegation.id)).toBe(20);
  });

  it('the same registration joining twice at once takes one seat', async () => {
    const { event, delegation } = await createHeadedDelegation({ quota: 5 });
    const [u] = await createDelegates(1);
    await registerUsers(event.slug, [u!]);
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => joinByCode(u!, delegation.invitationCode)));
    expect(results.filter((r) => r.status === 'fulfilled' && r.value.outcome === 'JOINED')).toHaveLength(1);
    expect(await count(delegation.id)).toBe(1);
  });

  it('unknown, requested and closed codes give the same answer; a registration in another event cannot join', async () => {
    const { event, head } = await createHeadedDelegation();
    const requested = await createDelegation({ eventId: event.id, headId: head.id, status: 'REQUESTED' });
    const closed = await createDelegation({ eventId: event.id, headId: head.id, status: 'CLOSED' });
    const [u] = await createDelegates(1);
    await registerUsers(event.slug, [u!]);
    actAs(u!);
    const answers = await Promise.all(['ZZZZZZZZ', requested.invitationCode, closed.invitationCode].map((code) => joinDelegation({ code })));
    for (const a of answers) expect(a).toEqual({ ok: false, code: 'NOT_FOUND', fieldErrors: { code: ['delegations.invalidCode'] } });
    expect(await joinDelegation({ code: 'abc' })).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await db.registration.count({ where: { userId: u!.id, delegationId: { not: null } } })).toBe(0);
  });

  it('leaving, removal and cancellation free the seat; cancelled members do not count', async () => {
    const { event, head, delegation } = await createHeadedDelegation({ quota: 2 });
    const users = await createDelegates(3);
    const regs = await registerUsers(event.slug, users);
    actAs(users[0]!);
    expect((await joinDelegation({ code: delegation.invitationCode })).ok).toBe(true);
    actAs(users[1]!);
    expect((await joinDelegation({ code: delegation.invitationCode })).ok).toBe(true);
    actAs(users[2]!);
    expect(await joinDelegation({ code: delegation.invitationCode })).toMatchObject({ ok: false, code: 'CAPACITY_FULL' });
    // A member leaves: the third one gets the seat.
    actAs(users[0]!);
    expect((await leaveDelegation({ registrationId: regs[0]!.id })).ok).toBe(true);
    expect(await count(delegation.id)).toBe(1);
    actAs(users[2]!);
    expect((await joinDelegation({ code: delegation.invitationCode })).ok).toBe(true);
    // The head removes one; a member cannot remove another.
    actAs(users[1]!);
    expect(await removeMember({ delegationId: delegation.id, registrationId: regs[2]!.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    actAs(head);
    expect((await removeMember({ delegationId: delegation.id, registrationId: regs[2]!.id })).ok).toBe(true);
    expect(await count(delegation.id)).toBe(1);
    expect(await db.emailOutbox.count({ where: { to: users[2]!.email, template: 'delegations.removed' } })).toBe(1);
    // Cancellation (registration flow) frees the seat through releaseDelegationSeatInTx.
    await db.$transaction(async (tx) => {
      await releaseDelegationSeatInTx(tx, regs[1]!.id);
      await tx.registration.update({ where: { id: regs[1]!.id }, data: { status: 'CANCELLED' } });
    });
    expect(await count(delegation.id)).toBe(0);
  });
});
