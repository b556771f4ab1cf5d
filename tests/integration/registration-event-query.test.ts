import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { eventForRegistrationSelect, findEventForRegistration } from '@/features/registrations/data';
import { createRegistrationEvent } from '../factories/registration';

/** The form's event is read in one SQL statement: it must give exactly what Prisma's select gives. */
describe('findEventForRegistration', () => {
  it('returns the Prisma select’s shape and values (dates, JSON, enum arrays, ordered active fees and questions)', async () => {
    const event = await createRegistrationEvent();
    await db.customQuestion.create({ data: { eventId: event.id, key: 'diet', type: 'CHOICE', label: { fr: 'Régime', ar: 'نظام' }, options: [{ value: 'a', label: { fr: 'A' } }], required: true, sortOrder: 2 } });
    await db.customQuestion.create({ data: { eventId: event.id, key: 'why', type: 'TEXT', label: { fr: 'Pourquoi ?' }, sortOrder: 1, showIfKey: 'diet', showIfValue: 'a' } });
    await db.feeCategory.create({ data: { eventId: event.id, code: 'OLD', label: { fr: 'Ancien' }, amountMinor: 5, active: false } });
    const viaPrisma = await db.event.findUnique({ where: { slug: event.slug }, select: eventForRegistrationSelect });
    const viaSql = await findEventForRegistration(event.slug, 'DELEGATE');
    expect(viaSql).toEqual(viaPrisma);
    const keys = viaSql!.questions.map((q) => q.key);
    expect(keys.indexOf('why')).toBeGreaterThan(-1);
    expect(keys.indexOf('why')).toBeLessThan(keys.indexOf('diet'));
    expect(viaSql!.questions.find((q) => q.key === 'diet')).toMatchObject({ type: 'CHOICE', label: { fr: 'Régime', ar: 'نظام' }, required: true, showIfKey: null });
    expect(viaSql!.feeCategories.map((f) => f.code)).not.toContain('OLD');
    expect(viaSql!.startDate).toBeInstanceOf(Date);
  });

  it('is null for an unknown slug and for a draft event seen by a delegate', async () => {
    const draft = await createRegistrationEvent({ status: 'DRAFT' });
    expect(await findEventForRegistration('no-such-event', 'SECRETARIAT')).toBeNull();
    expect(await findEventForRegistration(draft.slug, 'DELEGATE')).toBeNull();
    expect(await findEventForRegistration(draft.slug, 'SECRETARIAT')).not.toBeNull();
  });
});
