import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { decideBursary, setBursaryBudget } from '@/features/bursaries/actions';
import { cancelRegistration, decideRegistrations } from '@/features/registrations/actions';
import { GET as exportRoute } from '@/app/api/exports/[slug]/bursaries/route';
import { actAs } from './helpers/session';
import { createRoleUsers, createUser } from '../factories';
import { createEvent, createRegistration } from '../factories/programme';

const noCeilings = { AFRICA: '', AMERICAS: '', ASIA: '', EUROPE: '', OCEANIA: '' };

async function eventWithRequests(n: number, asked = 100_000, overrides: Parameters<typeof createRegistration>[1] = {}) {
  const event = await createEvent({ currency: 'XOF' });
  const regs = [];
  for (let i = 0; i < n; i += 25) {
    regs.push(...(await Promise.all(Array.from({ length: Math.min(25, n - i) }, () =>
      createRegistration(event.id, { bursaryRequested: true, bursaryAmountMinor: asked, bursaryReason: 'Billet d’avion Bamako–Dakar', bursaryStatus: 'PENDING', ...overrides })))));
  }
  return { event, regs: regs.map((r) => r.registration) };
}

const budgetOf = (eventId: string) => db.bursaryBudget.findUniqueOrThrow({ where: { eventId }, include: { ceilings: { orderBy: { continent: 'asc' } } } });

describe('bursary budget and decisions', () => {
  it('only the secretariat sets the budget or decides; others are refused with nothing written', async () => {
    const { event, regs } = await eventWithRequests(1);
    const { delegate, organizer, secretariat } = await createRoleUsers();
    for (const actor of [delegate, organizer, null]) {
      actAs(actor);
      expect(await setBursaryBudget({ eventId: event.id, amount: '500000', ceilings: noCeilings })).toMatchObject({ ok: false, code: actor ? 'NOT_FOUND' : 'UNAUTHENTICATED' });
      expect(await decideBursary({ eventId: event.id, registrationId: regs[0]!.id, decision: 'GRANT_FULL', amount: '', feeCover: '' })).toMatchObject({ ok: false });
    }
    expect(await db.bursaryBudget.count({ where: { eventId: event.id } })).toBe(0);
    expect((await db.registration.findUniqueOrThrow({ where: { id: regs[0]!.id } })).bursaryStatus).toBe('PENDING');
    actAs(secretariat);
    // No budget yet: granting is refused at the decision.
    expect(await decideBursary({ eventId: event.id, registrationId: regs[0]!.id, decision: 'GRANT_FULL', amount: '', feeCover: '' })).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { decision: ['bursaries.noBudget'] } });
    expect(await setBursaryBudget({ eventId: event.id, amount: '500000', ceilings: { ...noCeilings, AFRICA: '300000' } })).toEqual({ ok: true, data: { saved: true } });
    expect(await budgetOf(event.id)).toMatchObject({ amountMinor: 500_000, committedMinor: 0, currency: 'XOF' });
    expect(await db.auditLog.count({ where: { eventId: event.id, action: 'bursary.budget' } })).toBe(1);
  });

  it('grants in full and in part, wait-lists, declines; re-deciding releases; the delegate is told in their language; audited', async () => {
    const { event, regs } = await eventWithRequests(3, 200_000, { locale: 'pt' } as never);
    const secretariat = await createUser({ role: 'SECRETARIAT' });
    actAs(secretariat);
    await setBursaryBudget({ eventId: event.id, amount: '450000', ceilings: { ...noCeilings, AFRICA: '400000' } });
    const [a, b, c] = regs as [typeof regs[0], typeof regs[0], typeof regs[0]];
    expect(await decideBursary({ eventId: event.id, registrationId: a.id, decision: 'GRANT_FULL', amount: '', feeCover: '25000' })).toEqual({ ok: true, data: { status: 'GRANTED', grantedMinor: 200_000 } });
    expect(await decideBursary({ eventId: event.id, registrationId: b.id, decision: 'GRANT_PARTIAL', amount: '250000', feeCover: '' })).toMatchObject({ ok: false, fieldErrors: { amount: ['bursaries.partialRange'] } });
    expect(await decideBursary({ eventId: event.id, registrationId: b.id, decision: 'GRANT_PARTIAL', amount: '120000', feeCover: '130000' })).toMatchObject({ ok: false, fieldErrors: { feeCover: ['bursaries.feeCoverTooHigh'] } });
    expect(await decideBursary({ eventId: event.id, registrationId: b.id, decision: 'GRANT_PARTIAL', amount: '120000', feeCover: '' })).toMatchObject({ ok: true, data: { status: 'PARTIAL', grantedMinor: 120_000 } });
    // 320 000 committed; Africa's ceiling (400 000) refuses a full 200 000 grant to c, atomically (nothing moves).
    expect(await decideBursary({ eventId: event.id, registrationId: c.id, decision: 'GRANT_FULL', amount: '', feeCover: '' })).toEqual({ ok: false, code: 'BUDGET_EXCEEDED' });
    expect(await budgetOf(event.id)).toMatchObject({ committedMinor: 320_000 });
    expect((await budgetOf(event.id)).ceilings.find((x) => x.continent === 'AFRICA')).toMatchObject({ committedMinor: 320_000 });
    expect(await decideBursary({ eventId: event.id, registrationId: c.id, decision: 'DECLINE', amount: '', feeCover: '' })).toMatchObject({ ok: false, fieldErrors: { reason: ['bursaries.reasonRequired'] } });
    expect((await decideBursary({ eventId: event.id, registrationId: c.id, decision: 'WAITLIST', amount: '', feeCover: '', reason: 'Fonds épuisés' })).ok).toBe(true);
    // Re-deciding a: declining releases its 200 000; then c fits.
    expect((await decideBursary({ eventId: event.id, registrationId: a.id, decision: 'DECLINE', amount: '', feeCover: '', reason: 'Autre financement' })).ok).toBe(true);
    expect(await budgetOf(event.id)).toMatchObject({ committedMinor: 120_000 });
    expect((await decideBursary({ eventId: event.id, registrationId: c.id, decision: 'GRANT_FULL', amount: '', feeCover: '' })).ok).toBe(true);
    expect(await budgetOf(event.id)).toMatchObject({ committedMinor: 320_000 });
    expect(await db.registration.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ bursaryStatus: 'DECLINED', bursaryGrantedMinor: null, bursaryFeeCoverMinor: null, bursaryDecisionReason: 'Autre financement', bursaryDecidedById: secretariat.id });
    expect(await db.registration.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ bursaryStatus: 'PARTIAL', bursaryGrantedMinor: 120_000 });
    // The budget cannot drop below what is committed.
    expect(await setBursaryBudget({ eventId: event.id, amount: '300000', ceilings: noCeilings })).toMatchObject({ ok: false, fieldErrors: { amount: ['bursaries.belowCommitted'] } });
    expect(await db.auditLog.count({ where: { eventId: event.id, action: 'bursary.decide' } })).toBe(5);
    const mails = await db.emailOutbox.findMany({ where: { to: b.email, template: 'bursaries.PARTIAL' } });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ locale: 'pt' });
    expect(mails[0]!.subject).toContain('Bolsa concedida em parte');
  });

  it('50 parallel grants against a budget that fits 10: exactly 10 granted, never overspent', async () => {
    const { event, regs } = await eventWithRequests(50, 100_000);
    const secretariat = await createUser({ role: 'SECRETARIAT' });
    actAs(secretariat);
    await setBursaryBudget({ eventId: event.id, amount: '1000000', ceilings: noCeilings });
    const results = await Promise.all(regs.map((r) => decideBursary({ eventId: event.id, registrationId: r.id, decision: 'GRANT_FULL', amount: '', feeCover: '' })));
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === 'BUDGET_EXCEEDED')).toBe(true);
    expect(await db.registration.count({ where: { eventId: event.id, bursaryStatus: 'GRANTED' } })).toBe(10);
    const budget = await budgetOf(event.id);
    expect(budget.committedMinor).toBe(1_000_000);
    expect(budget.ceilings.find((x) => x.continent === 'AFRICA')!.committedMinor).toBe(1_000_000);
    expect(await db.auditLog.count({ where: { eventId: event.id, action: 'bursary.decide' } })).toBe(10);
  }, 120_000);

  it('archived events refuse decisions; the export is secretariat-only, streamed and spreadsheet-safe', async () => {
    const { event, regs } = await eventWithRequests(1, 50_000, { firstName: '=HYPERLINK("http://x")', lastName: 'Nguyễn' });
    const { organizer, secretariat } = await createRoleUsers();
    actAs(secretariat);
    await setBursaryBudget({ eventId: event.id, amount: '100000', ceilings: noCeilings });
    expect((await decideBursary({ eventId: event.id, registrationId: regs[0]!.id, decision: 'GRANT_FULL', amount: '', feeCover: '' })).ok).toBe(true);
    const url = (format: string) => new Request(`http://localhost/api/exports/${event.slug}/bursaries?format=${format}&locale=en`);
    const params = { params: Promise.resolve({ slug: event.slug }) };
    const csv = await exportRoute(url('csv'), params);
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text).toContain(`'=HYPERLINK`);
    expect(text).toContain('Nguyễn');
    expect(text).toContain('Granted');
    expect((await exportRoute(url('xlsx'), params)).status).toBe(200);
    expect((await exportRoute(url('pdf'), params)).status).toBe(400);
    actAs(organizer);
    expect((await exportRoute(url('csv'), params)).status).toBe(404);
    actAs(secretariat);
    await db.event.update({ where: { id: event.id }, data: { status: 'ARCHIVED' } });
    expect(await decideBursary({ eventId: event.id, registrationId: regs[0]!.id, decision: 'DECLINE', amount: '', feeCover: '', reason: 'x' })).toMatchObject({ ok: false, code: 'EVENT_ARCHIVED' });
    expect(await setBursaryBudget({ eventId: event.id, amount: '200000', ceilings: noCeilings })).toMatchObject({ ok: false, code: 'EVENT_ARCHIVED' });
    expect((await budgetOf(event.id)).committedMinor).toBe(50_000);
  });

  it('a cancelled or rejected registration gives its grant back to the budget', async () => {
    const { event, regs } = await eventWithRequests(2, 100_000);
    const secretariat = await createUser({ role: 'SECRETARIAT' });
    actAs(secretariat);
    await setBursaryBudget({ eventId: event.id, amount: '300000', ceilings: noCeilings });
    for (const r of regs) expect((await decideBursary({ eventId: event.id, registrationId: r.id, decision: 'GRANT_FULL', amount: '', feeCover: '' })).ok).toBe(true);
    expect((await budgetOf(event.id)).committedMinor).toBe(200_000);
    expect(await decideRegistrations({ registrationIds: [regs[0]!.id], decision: 'REJECT', reason: 'Doublon' })).toMatchObject({ ok: true });
    expect((await budgetOf(event.id)).committedMinor).toBe(100_000);
    expect(await db.registration.findUniqueOrThrow({ where: { id: regs[0]!.id } })).toMatchObject({ status: 'REJECTED', bursaryStatus: 'DECLINED', bursaryGrantedMinor: null });
    const owner = await db.user.findUniqueOrThrow({ where: { id: regs[1]!.userId } });
    actAs(owner);
    expect((await cancelRegistration({ registrationId: regs[1]!.id })).ok).toBe(true);
    const budget = await budgetOf(event.id);
    expect(budget.committedMinor).toBe(0);
    expect(budget.ceilings.find((c) => c.continent === 'AFRICA')!.committedMinor).toBe(0);
    expect(await db.auditLog.count({ where: { eventId: event.id, action: 'bursary.release' } })).toBe(2);
  });
});
