// Messages to a filtered list: exactly the filtered people, each in their language, once; opt-out honoured for announcements only.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { previewMessageAction, sendMessageAction, setAnnouncementsOptOutAction } from '@/features/announcements/actions';
import { listAnnouncements } from '@/features/announcements/data';
import { actAs } from './helpers/session';
import { createEvent, createRoleUsers } from '../factories';
import { createRegistration } from '../factories/programme';
import { key } from '../factories/money';

let users: Awaited<ReturnType<typeof createRoleUsers>>;
let eventId = '';
const people: Record<string, { id: string; email: string; userId: string }> = {};

const subject = { fr: 'Rappel {givenName}', en: 'Reminder {givenName}', es: 'Recordatorio {givenName}', pt: '' };
const body = { fr: 'Solde : {balance}. Réf. {reference}. {registrationLink}', en: 'Balance: {balance}. Ref. {reference}.', es: 'Saldo: {balance}. Ref. {reference}.', pt: '' };
const filter = { continent: 'AFRICA' as const, paymentStatus: 'UNPAID' as const };

beforeAll(async () => {
  users = await createRoleUsers();
  const event = await createEvent({ currency: 'XOF', languages: ['fr', 'en', 'es', 'pt'] });
  eventId = event.id;
  const make = async (name: string, locale: 'fr' | 'en' | 'es' | 'pt', extra: Record<string, unknown>) => {
    const { user, registration } = await createRegistration(event.id, { locale, firstName: name, amountDueMinor: 50_000, paymentStatus: 'UNPAID', ...extra });
    people[name] = { id: registration.id, email: registration.email, userId: user.id };
  };
  await make('Awa', 'fr', {});
  await make('Lucia', 'es', {});
  await make('Joao', 'pt', {});
  await make('Paid', 'en', { paymentStatus: 'PAID', amountPaidMinor: 50_000 });
  await make('Europe', 'fr', { country: 'FR', continent: 'EUROPE' });
  await make('OptedOut', 'fr', {});
  await db.user.update({ where: { id: people.OptedOut.userId }, data: { announcementsOptOut: true } });
});

const outboxFor = (announcementId: string) => db.emailOutbox.findMany({ where: { dedupeKey: { startsWith: `announcement:${announcementId}:` } }, orderBy: { to: 'asc' } });

describe('sendMessageAction', () => {
  it('reaches exactly the filtered people, each in their language, once; not the opted-out', async () => {
    actAs(users.organizer);
    const input = { eventId, filter, kind: 'ANNOUNCEMENT' as const, subject, body, idempotencyKey: key() };
    const [first, second] = await Promise.all([sendMessageAction(input), sendMessageAction(input)]);
    expect(first.ok && second.ok).toBe(true);
    const id = first.ok ? first.data.id : '';
    expect(second.ok && second.data.id).toBe(id);
    expect((await sendMessageAction(input)).ok).toBe(true);
    expect(await db.announcement.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
    const rows = await outboxFor(id);
    const byEmail = new Map(rows.map((r) => [r.to, r]));
    expect(rows.map((r) => r.to).sort()).toEqual([people.Awa.email, people.Lucia.email, people.Joao.email].sort());
    expect(byEmail.get(people.Awa.email)).toMatchObject({ locale: 'fr', subject: 'Rappel Awa', html: null });
    expect(byEmail.get(people.Awa.email)!.text).toContain('/fr/my/registrations/');
    expect(byEmail.get(people.Lucia.email)).toMatchObject({ locale: 'es', subject: 'Recordatorio Lucia' });
    expect(byEmail.get(people.Lucia.email)!.text).toMatch(/^Saldo: .*50.*Ref\. /);
    // No Portuguese text: the event's first language.
    expect(byEmail.get(people.Joao.email)).toMatchObject({ locale: 'fr', subject: 'Rappel Joao' });
    expect(await db.auditLog.count({ where: { entityId: id, action: 'announcement.send', actorId: users.organizer.id } })).toBe(1);
    const history = await listAnnouncements(eventId);
    expect(history.find((h) => h.id === id)).toMatchObject({ recipientCount: 3, queued: 3, sent: 0, failed: 0 });
  });

  it('registration messages reach opted-out delegates too', async () => {
    actAs(users.secretariat);
    const result = await sendMessageAction({ eventId, filter, kind: 'REGISTRATION', subject, body, idempotencyKey: key() });
    const rows = await outboxFor(result.ok ? result.data.id : '');
    expect(rows.map((r) => r.to)).toContain(people.OptedOut.email);
    expect(rows).toHaveLength(4);
  });

  it('refuses delegates and anonymous callers, and a message without the first language; nothing written', async () => {
    const before = await db.announcement.count({ where: { eventId } });
    const input = { eventId, filter, kind: 'ANNOUNCEMENT' as const, subject, body, idempotencyKey: key() };
    actAs(users.delegate);
    expect(await sendMessageAction(input)).toEqual({ ok: false, code: 'NOT_FOUND' });
    actAs(null);
    expect(await sendMessageAction(input)).toEqual({ ok: false, code: 'UNAUTHENTICATED' });
    actAs(users.organizer);
    expect(await sendMessageAction({ ...input, subject: { ...subject, fr: '' } })).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { 'subject.fr': ['required'] } });
    expect(await db.announcement.count({ where: { eventId } })).toBe(before);
  });
});

describe('previewMessageAction', () => {
  it('counts the recipients and shows the message as a chosen one reads it (staff only)', async () => {
    const reference = (await db.registration.findUniqueOrThrow({ where: { id: people.Lucia.id } })).referenceNumber;
    actAs(users.organizer);
    const result = await previewMessageAction({ eventId, filter, kind: 'ANNOUNCEMENT', subject, body, previewReference: reference });
    expect(result.ok && result.data.count).toBe(3);
    expect(result.ok && result.data.preview).toMatchObject({ reference, locale: 'es', subject: 'Recordatorio Lucia' });
    actAs(users.delegate);
    expect(await previewMessageAction({ eventId, filter, kind: 'ANNOUNCEMENT', subject, body })).toEqual({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('setAnnouncementsOptOutAction', () => {
  it('a signed-in person sets their own choice; anonymous is refused', async () => {
    actAs({ id: people.Awa.userId });
    expect(await setAnnouncementsOptOutAction({ optOut: true })).toEqual({ ok: true, data: { optOut: true } });
    expect((await db.user.findUniqueOrThrow({ where: { id: people.Awa.userId } })).announcementsOptOut).toBe(true);
    actAs(null);
    expect(await setAnnouncementsOptOutAction({ optOut: false })).toEqual({ ok: false, code: 'UNAUTHENTICATED' });
    expect((await db.user.findUniqueOrThrow({ where: { id: people.Awa.userId } })).announcementsOptOut).toBe(true);
  });
});

describe('anonymous previews', () => {
  it('are refused', async () => {
    actAs(null);
    expect(await previewMessageAction({ eventId, filter, kind: 'ANNOUNCEMENT', subject, body })).toEqual({ ok: false, code: 'UNAUTHENTICATED' });
  });
});
