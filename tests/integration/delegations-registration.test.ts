import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { cancelOwnRegistration } from '@/features/registrations/mutations';
import { decideRegistrations } from '@/features/registrations/decisions/mutations';
import { findEventForRegistration } from '@/features/registrations/data';
import { joinDelegationInTx } from '@/features/delegations/membership';
import { createUser } from '@tests/factories';
import { createDelegates, createHeadedDelegation, registerUsers } from '@tests/factories/delegations';

async function memberCount(id: string) {
  return (await db.delegation.findUniqueOrThrow({ where: { id } })).memberCount;
}

describe('registration changes keep the delegation seats right', () => {
  it('a cancellation and a rejection free the member’s delegation seat; a wait-list move does not', async () => {
    const { event, delegation } = await createHeadedDelegation({ quota: 5 });
    const secretariat = await createUser({ role: 'SECRETARIAT' });
    const users = await createDelegates(3);
    const regs = await registerUsers(event.slug, users);
    for (const r of regs) await db.$transaction((tx) => joinDelegationInTx(tx, { registrationId: r.id, code: delegation.invitationCode }));
    expect(await memberCount(delegation.id)).toBe(3);

    const loaded = (await findEventForRegistration(event.slug, 'DELEGATE'))!;
    await cancelOwnRegistration(users[0].id, regs[0].id, loaded);
    expect(await memberCount(delegation.id)).toBe(2);

    await decideRegistrations(secretariat.id, [regs[1].id], 'WAITLIST', null);
    expect(await memberCount(delegation.id)).toBe(2);
    await decideRegistrations(secretariat.id, [regs[1].id], 'REJECT', 'Hors délai');
    expect(await memberCount(delegation.id)).toBe(1);

    // History is kept: the registration still names its delegation.
    expect((await db.registration.findUniqueOrThrow({ where: { id: regs[0].id } })).delegationId).toBe(delegation.id);
  });
});
