// Dashboard figures are right, and come from a fixed number of queries whatever the data size.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import pg from 'pg';
import { db, dbKind, getPglite } from '@/lib/db';
import { DASHBOARD_QUERIES, loadDashboard } from '@/features/dashboard/data';
import { createAttendees } from '../factories/exports';
import { createEvent } from '../factories';

let small: { id: string; timeZone: string };
let large: { id: string; timeZone: string };

beforeAll(async () => {
  small = await createEvent();
  await createAttendees(small.id, [
    { country: 'SN', continent: 'AFRICA', interpretationNeeds: ['en'], dietary: ['HALAL', 'VEGETARIAN'], accessibility: ['WHEELCHAIR'], visaLetterRequested: true, bursaryRequested: true, bursaryStatus: 'PENDING' },
    { country: 'BR', continent: 'AMERICAS', organizationKind: 'UNION', participantType: 'PRESS', interpretationNeeds: ['pt'], dietary: ['HALAL'], visaLetterRequested: true, visaLetterIssuedAt: new Date() },
    { country: 'BR', continent: 'AMERICAS', status: 'SUBMITTED', checkedInAt: null },
    { country: 'FR', continent: 'EUROPE', status: 'CANCELLED', dietary: ['VEGAN'] },
    { country: 'SN', continent: 'AFRICA', checkedInAt: new Date() },
  ]);
  await db.delegation.create({ data: { eventId: small.id, name: `Délégation ${small.id}`, quota: 4, memberCount: 5, invitationCode: `C${small.id}`.slice(0, 20), status: 'APPROVED' } });
  const session = await db.session.create({ data: { eventId: small.id, kind: 'WORKSHOP', title: { fr: 'Atelier finance solidaire' }, capacity: 2, enrolledCount: 2, startsAt: new Date(), endsAt: new Date(Date.now() + 3_600_000), workingLanguages: ['fr'], interpretationLanguages: [] } });
  const regs = await db.registration.findMany({ where: { eventId: small.id }, select: { id: true }, orderBy: { id: 'asc' } });
  await db.sessionEnrollment.createMany({ data: [
    { sessionId: session.id, registrationId: regs[0].id, status: 'ENROLLED' },
    { sessionId: session.id, registrationId: regs[1].id, status: 'ENROLLED' },
    { sessionId: session.id, registrationId: regs[2].id, status: 'WAITLISTED', waitlistPosition: 1 },
  ] });
  large = await createEvent();
  await createAttendees(large.id, Array.from({ length: 3000 }, (_, i) => ({ country: ['SN', 'ML', 'CA', 'FR', 'BR', 'JP'][i % 6], continent: (['AFRICA', 'AFRICA', 'AMERICAS', 'EUROPE', 'AMERICAS', 'ASIA'] as const)[i % 6], dietary: i % 4 ? [] : ['HALAL'] })));
}, 120_000);

describe('loadDashboard', () => {
  it('counts by status, geography, kind, needs, pending documents, delegations and sessions', async () => {
    const d = await loadDashboard(small.id, small.timeZone);
    expect(d.summary).toEqual({ total: 5, active: 4, approved: 3, checkedIn: 1, visaPending: 1, visaIssued: 1, bursaryPending: 1 });
    expect(d.status).toEqual([{ key: 'APPROVED', count: 3 }, { key: 'CANCELLED', count: 1 }, { key: 'SUBMITTED', count: 1 }]);
    expect(d.continent).toEqual([{ key: 'AFRICA', count: 2 }, { key: 'AMERICAS', count: 2 }]);
    expect(d.country).toEqual([{ key: 'BR', count: 2 }, { key: 'SN', count: 2 }]);
    expect(d.organizationKind).toEqual([{ key: 'COOPERATIVE', count: 3 }, { key: 'UNION', count: 1 }]);
    expect(d.participantType).toEqual([{ key: 'DELEGATE', count: 3 }, { key: 'PRESS', count: 1 }]);
    expect(d.interpretation).toEqual([{ key: 'en', count: 1 }, { key: 'pt', count: 1 }]);
    expect(d.dietary).toEqual([{ key: 'HALAL', count: 2 }, { key: 'VEGETARIAN', count: 1 }]);
    expect(d.accessibility).toEqual([{ key: 'WHEELCHAIR', count: 1 }]);
    expect(d.delegations).toEqual([expect.objectContaining({ quota: 4, memberCount: 5 })]);
    expect(d.sessions).toEqual([expect.objectContaining({ capacity: 2, enrolled: 2, waitlisted: 1 })]);
    expect(d.days.reduce((s, x) => s + x.count, 0)).toBe(5);
  });

  it('uses the same fixed number of queries for 5 and 3,000 registrations', async () => {
    // Counted at the driver: PGlite's query(), or pg's Client.prototype.query on PostgreSQL.
    const countQueries = async (eventId: string) => {
      const spy = dbKind() === 'pglite' ? vi.spyOn(getPglite()!, 'query') : vi.spyOn(pg.Client.prototype, 'query');
      try {
        await loadDashboard(eventId, 'Africa/Dakar');
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const a = await countQueries(small.id);
    const b = await countQueries(large.id);
    expect(a).toBe(b);
    expect(a).toBeGreaterThanOrEqual(DASHBOARD_QUERIES - 1); // the spy sees the queries (not a vacuous 0)
    expect(a).toBeLessThanOrEqual(DASHBOARD_QUERIES);
    const big = await loadDashboard(large.id, 'Africa/Dakar');
    expect(big.summary.total).toBe(3000);
    expect(big.dietary).toEqual([{ key: 'HALAL', count: 750 }]);
  });
});
