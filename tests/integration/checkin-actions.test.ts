// On-site check-in: by badge code or search result, idempotent, audited, staff only.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { checkInAction } from '@/features/checkin/actions';
import { signBadgeToken } from '@/features/badges/token';
import { GET as count } from '@/app/api/checkin/[slug]/count/route';
import { actAs } from './helpers/session';
import { createEvent, createRoleUsers } from '../factories';
import { createAttendees } from '../factories/exports';

let users: Awaited<ReturnType<typeof createRoleUsers>>;
let slug = '';
let eventId = '';
let ids: string[] = [];
let otherEventRegistration = '';

beforeAll(async () => {
  users = await createRoleUsers();
  const event = await createEvent();
  slug = event.slug;
  eventId = event.id;
  ids = await createAttendees(event.id, [{ lastName: 'Ndiaye' }, { lastName: 'Sow', status: 'SUBMITTED' }, { lastName: 'Fall' }, { lastName: 'Ba', status: 'CANCELLED' }, { lastName: 'Kane' }]);
  const other = await createEvent();
  [otherEventRegistration] = await createAttendees(other.id, [{ lastName: 'Ailleurs' }]);
});

const audits = (id: string) => db.auditLog.count({ where: { entityId: id, action: 'registration.checkIn' } });

describe('checkInAction', () => {
  it('checks a delegate in from the badge code, then says "already" with the first time', async () => {
    actAs(users.organizer);
    const first = await checkInAction({ eventSlug: slug, token: signBadgeToken(ids[0]), locale: 'en' });
    expect(first.ok && first.data.outcome).toBe('CHECKED_IN');
    expect(first.ok && first.data.person).toMatchObject({ lastName: 'Ndiaye', status: 'APPROVED', country: 'Senegal' });
    const row = await db.registration.findUniqueOrThrow({ where: { id: ids[0] } });
    expect(row.checkedInAt).not.toBeNull();
    expect(row.checkedInById).toBe(users.organizer.id);

    actAs(users.secretariat);
    const second = await checkInAction({ eventSlug: slug, token: signBadgeToken(ids[0]) });
    expect(second.ok && second.data.outcome).toBe('ALREADY');
    expect(second.ok && second.data.person.checkedInAt).toBe(row.checkedInAt!.toISOString());
    const after = await db.registration.findUniqueOrThrow({ where: { id: ids[0] } });
    expect(after.checkedInAt).toEqual(row.checkedInAt);
    expect(after.checkedInById).toBe(users.organizer.id);
    expect(await audits(ids[0])).toBe(1);
  });

  it('checks in from a search result (registration id)', async () => {
    actAs(users.secretariat);
    const result = await checkInAction({ eventSlug: slug, registrationId: ids[2] });
    expect(result.ok && result.data.outcome).toBe('CHECKED_IN');
    expect(await audits(ids[2])).toBe(1);
  });

  it('refuses a tampered or forged badge code and changes nothing', async () => {
    actAs(users.organizer);
    const token = signBadgeToken(ids[4]);
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(await checkInAction({ eventSlug: slug, token: tampered })).toEqual({ ok: false, code: 'TOKEN_INVALID' });
    expect(await checkInAction({ eventSlug: slug, token: `${ids[4]}.${'A'.repeat(43)}` })).toEqual({ ok: false, code: 'TOKEN_INVALID' });
    expect(await checkInAction({ eventSlug: slug, token: ids[4] })).toEqual({ ok: false, code: 'TOKEN_INVALID' });
    expect((await db.registration.findUniqueOrThrow({ where: { id: ids[4] } })).checkedInAt).toBeNull();
  });

  it('does not check in a registration that is not approved, and says its status', async () => {
    actAs(users.organizer);
    for (const id of [ids[1], ids[3]]) {
      const result = await checkInAction({ eventSlug: slug, registrationId: id });
      expect(result.ok && result.data.outcome).toBe('NOT_APPROVED');
      expect((await db.registration.findUniqueOrThrow({ where: { id } })).checkedInAt).toBeNull();
      expect(await audits(id)).toBe(0);
    }
  });

  it("refuses another event's badge at this event", async () => {
    actAs(users.organizer);
    expect(await checkInAction({ eventSlug: slug, token: signBadgeToken(otherEventRegistration) })).toEqual({ ok: false, code: 'NOT_FOUND' });
    expect((await db.registration.findUniqueOrThrow({ where: { id: otherEventRegistration } })).checkedInAt).toBeNull();
  });

  it('refuses crafted input (extra fields, both or neither identifier)', async () => {
    actAs(users.organizer);
    const crafted = [{ eventSlug: slug, registrationId: ids[4], checkedInAt: '2000-01-01' }, { eventSlug: slug }, { eventSlug: slug, token: 'x', registrationId: ids[4] }];
    for (const input of crafted) expect((await checkInAction(input as never)).ok).toBe(false);
    expect((await db.registration.findUniqueOrThrow({ where: { id: ids[4] } })).checkedInAt).toBeNull();
  });

  it('anonymous: UNAUTHENTICATED', async () => {
    actAs(null);
    expect(await checkInAction({ eventSlug: slug, registrationId: ids[4] })).toEqual({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('two scanners at the same second check in once', async () => {
    actAs(users.organizer);
    const results = await Promise.all(Array.from({ length: 6 }, () => checkInAction({ eventSlug: slug, registrationId: ids[4] })));
    const outcomes = results.map((r) => (r.ok ? r.data.outcome : r.code)).sort();
    expect(outcomes).toEqual(['ALREADY', 'ALREADY', 'ALREADY', 'ALREADY', 'ALREADY', 'CHECKED_IN']);
    expect(await audits(ids[4])).toBe(1);
  });

  it('the live count reflects check-ins', async () => {
    actAs(users.organizer);
    const response = await count(new Request(`http://test/api/checkin/${slug}/count`), { params: Promise.resolve({ slug }) });
    expect(await response.json()).toEqual({ checkedIn: 3, expected: 3 });
    expect(await db.registration.count({ where: { eventId, checkedInAt: { not: null } } })).toBe(3);
  });
});
