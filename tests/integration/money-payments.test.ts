// Payments, corrections, waivers, billing and money settings: each role tried; refusals write nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { recordPaymentAction, reversePaymentAction, saveMoneySettingsAction, updateBillingAction, waiveFeeAction } from '@/features/money/actions';
import { recomputeBalance } from '@/features/money/balance';
import { recordPayment } from '@/features/money/mutations';
import { saveFeeCategory as saveFeeCategoryAction } from '@/features/event-settings/actions';
import { updateRegistration } from '@/features/registrations/actions';
import { submitRegistration } from './helpers/commands';
import { actAs } from './helpers/session';
import { createRoleUsers, createUser } from '../factories';
import { createRegistrationEvent, validValues } from '../factories/registration';
import { createMoneyEvent, createOwingRegistration, key, today } from '../factories/money';

let users: Awaited<ReturnType<typeof createRoleUsers>>;
let ctx: Awaited<ReturnType<typeof createMoneyEvent>>;

beforeAll(async () => {
  users = await createRoleUsers();
  ctx = await createMoneyEvent(50_000);
});

const state = (id: string) => db.registration.findUniqueOrThrow({ where: { id }, select: { amountDueMinor: true, amountPaidMinor: true, paymentStatus: true, feeWaivedAt: true } });
const entries = (registrationId: string) => db.paymentEntry.count({ where: { registrationId } });
const payment = (registrationId: string, overrides: Record<string, unknown> = {}) => ({ registrationId, amount: '20000', currency: 'XOF', method: 'MOBILE_MONEY' as const, paidOn: today(), payerReference: 'WAVE-123', idempotencyKey: key(), ...overrides });

describe('recordPaymentAction', () => {
  it('records a payment, numbers its receipt, recomputes the balance and audits', async () => {
    const { registration } = await createOwingRegistration(ctx.event.id, ctx.fee.id);
    expect(await state(registration.id)).toMatchObject({ amountDueMinor: 50_000, amountPaidMinor: 0, paymentStatus: 'UNPAID' });
    actAs(users.secretariat);
    const result = await recordPaymentAction(payment(registration.id));
    expect(result.ok && result.data.receiptNumber).toBeGreaterThan(0);
    expect(await state(registration.id)).toMatchObject({ amountPaidMinor: 20_000, paymentStatus: 'PARTLY_PAID' });
    expect(await db.auditLog.count({ where: { entityId: registration.id, action: 'payment.record', actorId: users.secretariat.id } })).toBe(1);
    const rest = await recordPaymentAction(payment(registration.id, { amount: '30000', method: 'BANK_TRANSFER' }));
    expect(rest.ok).toBe(true);
    expect(await state(registration.id)).toMatchObject({ amountPaidMinor: 50_000, paymentStatus: 'PAID' });
  });

  it('records once per idempotency key (double submit, two staff with the same form)', async () => {
    const { registration } = await createOwingRegistration(ctx.event.id, ctx.fee.id);
    actAs(users.secretariat);
    const input = payment(registration.id);
    const [a, b] = await Promise.all([recordPaymentAction(input), recordPaymentAction(input)]);
    const c = await recordPaymentAction(input);
    expect(a.ok && b.ok && c.ok).toBe(true);
    const ids = [a, b, c].map((r) => (r.ok ? r.data.id : ''));
    expect(new Set(ids).size).toBe(1);
    expect(await entries(registration.id)).toBe(1);
    expect((await state(registration.id)).amountPaidMinor).toBe(20_000);
  });

  it('refuses overpayment and another currency with a field message, writing nothing', async () => {
    const { registration } = await createOwingRegistration(ctx.event.id, ctx.fee.id);
    actAs(users.secretariat);
    expect(await recordPaymentAction(payment(registration.id, { amount: '50001' }))).toEqual({ ok: false, code: 'CONFLICT', fieldErrors: { amount: ['money.overpayment'] } });
    expect(await recordPaymentAction(payment(registration.id, { currency: 'EUR' }))).toEqual({ ok: false, code: 'CONFLICT', fieldErrors: { currency: ['money.currency'] } });
    expect(await recordPaymentAction(payment(registration.id, { amount: '12.5' }))).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await entries(registration.id)).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: registration.id } })).toBe(0);
  });

  it('lets organizers record cash only; refuses delegates and anonymous callers; nothing written', async () => {
    const { registration, user } = await createOwingRegistration(ctx.event.id, ctx.fee.id);
    actAs(users.organizer);
    expect(await recordPaymentAction(payment(registration.id, { method: 'BANK_TRANSFER' }))).toEqual({ ok: false, code: 'NOT_FOUND' });
    actAs(users.delegate);
    expect(await recordPaymentAction(payment(registration.id, { method: 'CASH' }))).toEqual({ ok: false, code: 'NOT_FOUND' });
    actAs(user);
    expect(await recordPaymentAction(payment(registration.id, { method: 'CASH' }))).toEqual({ ok: false, code: 'NOT_FOUND' });
    actAs(null);
    expect(await recordPaymentAction(payment(registration.id, { method: 'CASH' }))).toEqual({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await entries(registration.id)).toBe(0);
    actAs(users.organizer);
    expect((await recordPaymentAction(payment(registration.id, { method: 'CASH' }))).ok).toBe(true);
    expect(await entries(registration.id)).toBe(1);
  });
});

describe('reversePaymentAction', () => {
  it('a reversal restores the balance; an entry is reversed once; organizers and delegates are refused', async () => {
    const { registration } = await createOwingRegistration(ctx.event.id, ctx.fee.id);
    actAs(users.secretariat);
    const paid = await recordPaymentAction(payment(registration.id, { amount: '50000' }));
    const entryId = paid.ok ? paid.data.id : '';
    expect((await state(registration.id)).paymentStatus).toBe('PAID');
    for (const who of [users.organizer, users.delegate]) {
      actAs(who);
      expect(await reversePaymentAction({ entryId, kind: 'REVERSAL', note: 'typo', idempotencyKey: key() })).toEqual({ ok: false, code: 'NOT_FOUND' });
    }
    expect(await entries(registration.id)).toBe(1);
    actAs(users.secretariat);
    expect((await reversePaymentAction({ entryId, kind: 'REVERSAL', note: 'wrong delegate', idempotencyKey: key() })).ok).toBe(true);
    expect(await state(registration.id)).toMatchObject({ amountPaidMinor: 0, paymentStatus: 'UNPAID', amountDueMinor: 50_000 });
    expect(await reversePaymentAction({ entryId, kind: 'REVERSAL', note: 'again', idempotencyKey: key() })).toEqual({ ok: false, code: 'CONFLICT' });
    const original = await db.paymentEntry.findUniqueOrThrow({ where: { id: entryId } });
    expect(original.amountMinor).toBe(50_000);
    expect(await db.auditLog.count({ where: { entityId: registration.id, action: 'payment.reverse' } })).toBe(1);
  });

  it('a refund marks the registration refunded', async () => {
    const { registration } = await createOwingRegistration(ctx.event.id, ctx.fee.id);
    actAs(users.secretariat);
    const paid = await recordPaymentAction(payment(registration.id, { amount: '50000' }));
    expect((await reversePaymentAction({ entryId: paid.ok ? paid.data.id : '', kind: 'REFUND', note: 'cancelled', idempotencyKey: key() })).ok).toBe(true);
    expect((await state(registration.id)).paymentStatus).toBe('REFUNDED');
  });
});

describe('waiveFeeAction', () => {
  it('the secretariat waives; organizers and delegates are refused', async () => {
    const { registration } = await createOwingRegistration(ctx.event.id, ctx.fee.id);
    for (const who of [users.organizer, users.delegate]) {
      actAs(who);
      expect(await waiveFeeAction({ registrationId: registration.id, waived: true })).toEqual({ ok: false, code: 'NOT_FOUND' });
    }
    expect((await state(registration.id)).feeWaivedAt).toBeNull();
    actAs(users.secretariat);
    expect(await waiveFeeAction({ registrationId: registration.id, waived: true })).toEqual({ ok: true, data: { status: 'WAIVED' } });
    expect(await recordPaymentAction(payment(registration.id))).toEqual({ ok: false, code: 'CONFLICT', fieldErrors: { amount: ['money.waived'] } });
    expect(await db.auditLog.count({ where: { entityId: registration.id, action: 'payment.waive' } })).toBe(1);
  });
});

describe('the balance follows the fee category and the bursary grant', () => {
  it('recomputes when a grant covering the fee is decided, and when the category amount changes', async () => {
    const { registration } = await createOwingRegistration(ctx.event.id, ctx.fee.id);
    await db.registration.update({ where: { id: registration.id }, data: { bursaryStatus: 'PARTIAL', bursaryGrantedMinor: 80_000, bursaryFeeCoverMinor: 30_000 } });
    await db.$transaction((tx) => recomputeBalance(tx, registration.id));
    expect(await state(registration.id)).toMatchObject({ amountDueMinor: 20_000, paymentStatus: 'UNPAID' });
    const { event, fee } = ctx;
    actAs(users.secretariat);
    const saved = await saveFeeCategoryAction({ eventId: event.id, id: fee.id, code: 'NORTH', label: { fr: 'Nord', en: 'North', es: 'Norte', pt: 'Norte' }, amount: '40000', currency: 'XOF', active: true });
    expect(saved.ok).toBe(true);
    expect(await state(registration.id)).toMatchObject({ amountDueMinor: 10_000 });
    const viaRecompute = await db.$transaction((tx) => recomputeBalance(tx, registration.id));
    expect(viaRecompute?.dueMinor).toBe(10_000);
  });
});

describe('receipt numbers', () => {
  it('50 parallel payments get receipts 1..50 with no gap', async () => {
    const { event, fee } = await createMoneyEvent(1_000_000);
    const regs = await Promise.all(Array.from({ length: 10 }, () => createOwingRegistration(event.id, fee.id)));
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        recordPayment(users.secretariat.id, { eventId: event.id, registrationId: regs[i % 10].registration.id, amountMinor: 1000, currency: 'XOF', method: 'CASH', paidOn: new Date(), idempotencyKey: key() }),
      ),
    );
    expect(results.map((r) => r.receiptNumber).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const stored = await db.paymentEntry.findMany({ where: { eventId: event.id }, select: { receiptNumber: true }, orderBy: { receiptNumber: 'asc' } });
    expect(stored.map((s) => s.receiptNumber)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect((await db.eventMoneySettings.findUniqueOrThrow({ where: { eventId: event.id } })).receiptCounter).toBe(50);
  }, 60_000);

  it('a refused payment takes no number', async () => {
    const { event, fee } = await createMoneyEvent(1000);
    const { registration } = await createOwingRegistration(event.id, fee.id);
    actAs(users.secretariat);
    expect((await recordPaymentAction(payment(registration.id, { amount: '2000' }))).ok).toBe(false);
    const ok = await recordPaymentAction(payment(registration.id, { amount: '1000' }));
    expect(ok.ok && ok.data.receiptNumber).toBe(1);
  });
});

describe('updateBillingAction and saveMoneySettingsAction', () => {
  it('the delegate edits their own billing name only', async () => {
    const { registration, user } = await createOwingRegistration(ctx.event.id, ctx.fee.id);
    actAs(users.delegate);
    expect(await updateBillingAction({ registrationId: registration.id, billingName: 'Autre', billingAddress: '' })).toEqual({ ok: false, code: 'NOT_FOUND' });
    actAs(user);
    expect((await updateBillingAction({ registrationId: registration.id, billingName: 'Coopérative de Thiès', billingAddress: 'BP 12\nThiès' })).ok).toBe(true);
    expect(await db.registration.findUniqueOrThrow({ where: { id: registration.id }, select: { billingName: true, billingAddress: true } })).toEqual({ billingName: 'Coopérative de Thiès', billingAddress: 'BP 12\nThiès' });
  });

  it('the secretariat sets legal details and instructions; others are refused', async () => {
    const input = { eventId: ctx.event.id, legalDetails: 'GESQ, NEQ 1234', paymentInstructions: { fr: 'Virement', en: 'Transfer', es: 'Transferencia', pt: '' } };
    for (const who of [users.organizer, users.delegate]) {
      actAs(who);
      expect(await saveMoneySettingsAction(input)).toEqual({ ok: false, code: 'NOT_FOUND' });
    }
    expect((await db.eventMoneySettings.findUnique({ where: { eventId: ctx.event.id }, select: { legalDetails: true } }))?.legalDetails ?? '').toBe('');
    actAs(users.secretariat);
    expect((await saveMoneySettingsAction(input)).ok).toBe(true);
    expect(await db.eventMoneySettings.findUniqueOrThrow({ where: { eventId: ctx.event.id } })).toMatchObject({ legalDetails: 'GESQ, NEQ 1234', paymentInstructions: { fr: 'Virement', en: 'Transfer', es: 'Transferencia' } });
  });
});

describe('the delegate submits and changes fee category', () => {
  it('the amount due is set at submission and follows the fee category the delegate picks', async () => {
    const event = await createRegistrationEvent();
    const [north, south] = event.feeCategories;
    const user = await createUser();
    actAs(user);
    const values = validValues(event, { email: user.email, feeCategoryId: north.id });
    expect((await submitRegistration({ slug: event.slug, values, locale: 'fr' })).ok).toBe(true);
    const reg = await db.registration.findFirstOrThrow({ where: { eventId: event.id, userId: user.id } });
    expect(await state(reg.id)).toMatchObject({ amountDueMinor: 150_000, paymentStatus: 'UNPAID' });
    expect((await updateRegistration({ registrationId: reg.id, values: { ...values, feeCategoryId: south.id } })).ok).toBe(true);
    expect(await state(reg.id)).toMatchObject({ amountDueMinor: 25_000, paymentStatus: 'UNPAID' });
  });
});

describe('anonymous callers', () => {
  it('are refused by every money action, and nothing is written', async () => {
    const { registration } = await createOwingRegistration(ctx.event.id, ctx.fee.id);
    actAs(users.secretariat);
    const paid = await recordPaymentAction(payment(registration.id));
    const entryId = paid.ok ? paid.data.id : '';
    actAs(null);
    expect(await reversePaymentAction({ entryId, kind: 'REVERSAL', note: 'x', idempotencyKey: key() })).toEqual({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await waiveFeeAction({ registrationId: registration.id, waived: true })).toEqual({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await updateBillingAction({ registrationId: registration.id, billingName: 'X' })).toEqual({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await saveMoneySettingsAction({ eventId: ctx.event.id, legalDetails: 'X', paymentInstructions: {} })).toEqual({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await entries(registration.id)).toBe(1);
    expect(await state(registration.id)).toMatchObject({ amountPaidMinor: 20_000, feeWaivedAt: null });
    expect((await db.registration.findUniqueOrThrow({ where: { id: registration.id } })).billingName).toBeNull();
  });
});
