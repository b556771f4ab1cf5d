import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { deleteQuestion, saveFeeCategory, saveQuestion, updateRegistrationSettings } from '@/features/event-settings/actions';
import { findEventForRegistration, registrationContext } from '@/features/registrations/data';
import { submitRegistration } from '@/features/registrations/mutations';
import { registrationSchema } from '@/features/registrations/schema';
import { formOptionsFor } from '@/features/registrations/loaders';
import { toWallTime } from '@/lib/zoned-time';
import { actAs } from './helpers/session';
import { createRoleUsers, createUser } from '../factories';
import { createRegistrationEvent, validValues } from '../factories/registration';

const texts = (fr = '') => ({ fr, en: '', es: '', pt: '' });

async function settingsInput(eventId: string, over: Record<string, unknown> = {}) {
  const e = await db.event.findUniqueOrThrow({ where: { id: eventId } });
  return {
    eventId,
    opensAt: toWallTime(e.registrationOpensAt, e.timeZone),
    closesAt: toWallTime(e.registrationClosesAt, e.timeZone),
    capacity: e.capacity === null ? '' : String(e.capacity),
    requiresApproval: e.requiresApproval,
    participantTypes: e.participantTypes,
    privacyNotice: { fr: 'Nouvelle notice', en: 'New notice', es: '', pt: '' },
    privacyNoticeVersion: '2026-2',
    ...over,
  };
}

describe('event registration settings', () => {
  it('only the secretariat changes them; the change is audited; others are refused with nothing written', async () => {
    const event = await createRegistrationEvent({ capacity: 10 });
    const { delegate, organizer, secretariat } = await createRoleUsers();
    const input = await settingsInput(event.id, { capacity: '20' });
    for (const actor of [delegate, organizer, null]) {
      actAs(actor);
      expect(await updateRegistrationSettings(input)).toMatchObject({ ok: false, code: actor ? 'NOT_FOUND' : 'UNAUTHENTICATED' });
      expect(await saveFeeCategory({ eventId: event.id, code: 'X', label: texts('X'), amount: '1', currency: 'XOF', active: true })).toMatchObject({ ok: false });
    }
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).capacity).toBe(10);
    actAs(secretariat);
    expect(await updateRegistrationSettings(input)).toEqual({ ok: true, data: { promoted: 0 } });
    const after = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(after).toMatchObject({ capacity: 20, privacyNoticeVersion: '2026-2', privacyNotice: { fr: 'Nouvelle notice', en: 'New notice' } });
    expect(await db.auditLog.count({ where: { entityId: event.id, action: 'event.registrationSettings', actorId: secretariat.id } })).toBe(1);
    expect(await updateRegistrationSettings({ ...input, hacked: true } as never)).toMatchObject({ ok: false, code: 'VALIDATION' });
  });

  it('refuses a capacity below the seats taken; raising it promotes the wait list in order', async () => {
    const event = await createRegistrationEvent({ capacity: 1, requiresApproval: false });
    const secretariat = await createUser({ role: 'SECRETARIAT' });
    const loaded = (await findEventForRegistration(event.slug, 'DELEGATE'))!;
    const schema = registrationSchema(registrationContext(loaded));
    const regs = [];
    for (let i = 0; i < 3; i++) {
      const u = await createUser();
      regs.push(await submitRegistration({ userId: u.id, event: loaded, locale: 'fr', answers: schema.parse(validValues(event, { email: u.email })) }));
    }
    expect(regs.map((r) => r.status)).toEqual(['APPROVED', 'WAITLISTED', 'WAITLISTED']);
    actAs(secretariat);
    expect(await updateRegistrationSettings(await settingsInput(event.id, { capacity: '0' }))).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { capacity: ['capacityBelowTaken'] } });
    expect(await updateRegistrationSettings(await settingsInput(event.id, { capacity: '2' }))).toEqual({ ok: true, data: { promoted: 1 } });
    const statuses = await Promise.all(regs.map(async (r) => (await db.registration.findUniqueOrThrow({ where: { id: r.id } })).status));
    expect(statuses).toEqual(['APPROVED', 'APPROVED', 'WAITLISTED']);
    expect(await updateRegistrationSettings(await settingsInput(event.id, { capacity: '' }))).toEqual({ ok: true, data: { promoted: 1 } });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).seatsTaken).toBe(3);
  });

  it('fee categories and conditional questions: created, unique, condition checked, used by the form schema', async () => {
    const event = await createRegistrationEvent();
    const secretariat = await createUser({ role: 'SECRETARIAT' });
    actAs(secretariat);
    const fee = await saveFeeCategory({
      eventId: event.id, code: 'solidarity', label: { fr: 'Tarif solidaire', en: 'Solidarity', es: '', pt: 'Tarifa solidária' }, amount: '0', currency: 'xof', active: true,
      description: { fr: 'Groupes de femmes et de jeunes : rien à payer.', en: '', es: '', pt: 'Grupos de mulheres e de jovens: nada a pagar.' },
    });
    expect(fee.ok).toBe(true);
    // Who qualifies, how and when to pay: stored per language, shown at the choice in the delegate's language.
    const stored = await db.feeCategory.findFirstOrThrow({ where: { eventId: event.id, code: 'SOLIDARITY' } });
    expect(stored.description).toEqual({ fr: 'Groupes de femmes et de jeunes : rien à payer.', pt: 'Grupos de mulheres e de jovens: nada a pagar.' });
    const options = formOptionsFor((await findEventForRegistration(event.slug, 'DELEGATE'))!, 'pt');
    expect(options.fees.find((f) => f.label === 'Tarifa solidária')).toMatchObject({ description: 'Grupos de mulheres e de jovens: nada a pagar.', descriptionLang: 'pt' });
    expect(await saveFeeCategory({ eventId: event.id, code: 'NORTH', label: texts('Doublon'), amount: '1', currency: 'XOF', active: true })).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { code: ['taken'] } });
    const q = await saveQuestion({ eventId: event.id, key: 'topics', type: 'MULTI_CHOICE', label: texts('Thèmes'), required: false, options: 'finance | Finance solidaire\nfood | Souveraineté alimentaire', showIfKey: '', showIfValue: '' });
    expect(q.ok).toBe(true);
    expect(await saveQuestion({ eventId: event.id, key: 'food_detail', type: 'TEXT', label: texts('Précisez'), required: true, options: '', showIfKey: 'missing', showIfValue: 'food' })).toMatchObject({ ok: false, fieldErrors: { showIfKey: ['unknownQuestion'] } });
    expect((await saveQuestion({ eventId: event.id, key: 'food_detail', type: 'TEXT', label: texts('Précisez'), required: true, options: '', showIfKey: 'topics', showIfValue: 'food' })).ok).toBe(true);
    expect(await saveQuestion({ eventId: event.id, key: 'topics', type: 'TEXT', label: texts('x'), required: false, options: '', showIfKey: '', showIfValue: '' })).toMatchObject({ ok: false, fieldErrors: { key: ['taken'] } });
    // The form schema now asks the conditional question when "food" is chosen.
    const ctx = registrationContext((await findEventForRegistration(event.slug, 'DELEGATE'))!);
    const withFood = validValues(event, { customAnswers: { first_rencontre: 'no', topics: ['food'] } });
    expect(registrationSchema(ctx).safeParse(withFood).error?.issues.map((i) => i.path.join('.'))).toEqual(['customAnswers.food_detail']);
    expect(registrationSchema(ctx).safeParse({ ...withFood, customAnswers: { first_rencontre: 'no', topics: ['finance'] } }).success).toBe(true);
    // A question others depend on cannot be deleted first.
    const topics = await db.customQuestion.findFirstOrThrow({ where: { eventId: event.id, key: 'topics' } });
    expect(await deleteQuestion({ eventId: event.id, id: topics.id })).toMatchObject({ ok: false, code: 'CONFLICT' });
    const detail = await db.customQuestion.findFirstOrThrow({ where: { eventId: event.id, key: 'food_detail' } });
    expect(await deleteQuestion({ eventId: event.id, id: detail.id })).toEqual({ ok: true, data: { deleted: true } });
    // Another event's id is refused as not found.
    const other = await createRegistrationEvent();
    expect(await deleteQuestion({ eventId: other.id, id: topics.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});
