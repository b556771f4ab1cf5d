import { LIMITS } from '@/features/rate-limit/policy';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { issueVisaLetters, revokeVisaLetter, updateLetterSettings, uploadLetterImage } from '@/features/visa-letters/actions';
import { copyLetterSettings, eraseExpiredVisaData, rotateDataKeys } from '@/features/visa-letters/mutations';
import { updateRegistration } from '@/features/registrations/actions';
import { submitRegistration } from './helpers/commands';
import { openSensitive } from '@/features/registrations/sensitive';
import { saveDraft } from '@/features/registrations/mutations';
import { findDraft } from '@/features/registrations/data';
import { keyIdOf, keyRing, parseDataKey } from '@/lib/field-crypto';
import { randomBytes } from 'node:crypto';
import { createRegistrationEvent, validValues } from '../factories/registration';
import { verifyLetter } from '@/features/visa-letters/verify';
import { GET as download } from '@/app/api/visa-letters/[id]/route';
import { GET as preview } from '@/app/api/visa-letters/preview/[slug]/route';
import { actAs } from './helpers/session';
import { createRoleUsers, createUser } from '../factories';
import { BIRTH, createLetterEvent, ownerOf, PASSPORT, visaData } from '../factories/visa-letters';

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const call = (handler: unknown, url: string, params: Record<string, string>) => (handler as Handler)(new Request(`http://test${url}`), { params: Promise.resolve(params) });
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const counts = async (eventId: string) => ({
  letters: await db.visaLetter.count({ where: { eventId } }),
  settings: await db.visaLetterSettings.count({ where: { eventId } }),
  audit: await db.auditLog.count({ where: { eventId } }),
});
const imageForm = (eventId: string, bytes: Uint8Array, kind = 'signature') => {
  const fd = new FormData();
  fd.set('eventId', eventId);
  fd.set('kind', kind);
  fd.set('file', new Blob([Buffer.from(bytes)]), 'x.png');
  return fd;
};
const settingsInput = (eventId: string) => ({ eventId, templates: { fr: 'Invitation de {name} ({passportNumber})', en: 'Invitation of {name}' }, signatoryName: 'Fatou Sow', signatoryTitle: 'Présidente', retentionDays: '30' });
const ip = () => `test-${Math.random()}`;

describe('visa letters: gates', () => {
  it('refuses every action to anonymous callers, delegates and organizers, writing nothing', async () => {
    const { delegate, organizer } = await createRoleUsers();
    const { event, ids } = await createLetterEvent();
    const before = await counts(event.id);
    for (const actor of [null, delegate, organizer]) {
      actAs(actor);
      const code = actor ? 'NOT_FOUND' : 'UNAUTHENTICATED';
      expect(await updateLetterSettings(settingsInput(event.id))).toMatchObject({ ok: false, code });
      expect(await uploadLetterImage(imageForm(event.id, PNG))).toMatchObject({ ok: false, code });
      expect(await issueVisaLetters({ eventId: event.id, registrationIds: [ids[0]] })).toMatchObject({ ok: false, code });
      expect(await issueVisaLetters({ eventId: event.id, filter: {} })).toMatchObject({ ok: false, code });
    }
    expect(await counts(event.id)).toEqual(before);
    expect(before.letters).toBe(0);
  });

  it('lets the secretariat save the template, signatory, retention and a PNG; refuses a non-image by its bytes', async () => {
    const { secretariat } = await createRoleUsers();
    const { event } = await createLetterEvent([]);
    actAs(secretariat);
    expect(await updateLetterSettings(settingsInput(event.id))).toMatchObject({ ok: true });
    expect(await updateLetterSettings({ ...settingsInput(event.id), retentionDays: '-1' })).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await uploadLetterImage(imageForm(event.id, PNG))).toMatchObject({ ok: true });
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    expect(await uploadLetterImage(imageForm(event.id, svg, 'logo'))).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { file: ['visaLetters.imageNotAnImage'] } });
    const big = new Uint8Array(600 * 1024);
    big.set(PNG);
    expect(await uploadLetterImage(imageForm(event.id, big, 'logo'))).toMatchObject({ ok: false, code: 'VALIDATION' });
    const s = await db.visaLetterSettings.findUniqueOrThrow({ where: { eventId: event.id } });
    expect(s).toMatchObject({ signatoryName: 'Fatou Sow', retentionDays: 30, signatureType: 'image/png', logo: null, logoType: null });
    expect(Buffer.from(s.signature!).equals(Buffer.from(PNG))).toBe(true);
  });

  it('serves the preview to the secretariat only', async () => {
    const { delegate, organizer, secretariat } = await createRoleUsers();
    const { event } = await createLetterEvent([]);
    for (const [actor, status] of [[null, 401], [delegate, 404], [organizer, 404], [secretariat, 200]] as const) {
      actAs(actor);
      const res = await call(preview, `/api/visa-letters/preview/${event.slug}?locale=pt`, { slug: event.slug });
      expect(res.status).toBe(status);
      if (status === 200) expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });
});

describe('visa letters: issuing, download, verification, revocation', () => {
  it('issues every approved request of a filter at once, numbered per event, with an e-mail in the holder\'s language', async () => {
    const { secretariat } = await createRoleUsers();
    const { event, ids } = await createLetterEvent();
    await db.user.update({ where: { id: (await ownerOf(ids[1])).id }, data: { locale: 'pt' } });
    actAs(secretariat);
    const result = await issueVisaLetters({ eventId: event.id, filter: {} });
    expect(result).toEqual({ ok: true, data: { issued: [`${event.code}-VL-00001`, `${event.code}-VL-00002`] } });
    const letters = await db.visaLetter.findMany({ where: { eventId: event.id }, orderBy: { seq: 'asc' } });
    expect(letters.map((l) => [l.registrationId, l.locale, l.holderName])).toEqual([[ids[0], 'fr', 'Nguyễn Thị Hương'], [ids[1], 'pt', 'عائشة 王芳']]);
    for (const l of letters) expect(Buffer.from(l.code, 'base64url')).toHaveLength(16);
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { dedupeKey: `visa.letter.issue:${letters[1].id}` } });
    expect(mail.subject).toBe(`A sua carta-convite para visto — ${event.code}-VL-00002`);
    const audit = JSON.stringify(await db.auditLog.findMany({ where: { eventId: event.id } }));
    expect(audit).toContain('visa.letter.issue');
    expect(audit).not.toContain(PASSPORT);
    expect(audit).not.toContain(BIRTH);
    expect(JSON.stringify(await db.emailOutbox.findMany({ where: { dedupeKey: { startsWith: 'visa.letter.issue:' } } }))).not.toContain(PASSPORT);
    // Nothing left to issue; the submitted one only with its status chosen.
    expect(await issueVisaLetters({ eventId: event.id, filter: {} })).toEqual({ ok: true, data: { issued: [] } });
    expect(await issueVisaLetters({ eventId: event.id, filter: { status: 'SUBMITTED' } })).toEqual({ ok: true, data: { issued: [`${event.code}-VL-00003`] } });
    expect(await issueVisaLetters({ eventId: event.id, registrationIds: [ids[3]] })).toEqual({ ok: true, data: { issued: [] } });
  });

  it('never makes two letters for one person when two secretariat members issue at once', async () => {
    const { secretariat } = await createRoleUsers();
    const other = await createUser({ role: 'SECRETARIAT' });
    const { event, ids } = await createLetterEvent(Array.from({ length: 12 }, () => visaData()));
    const results = await Promise.all([secretariat, other, secretariat, other].map(async (user) => {
      actAs(user);
      return issueVisaLetters({ eventId: event.id, filter: {} });
    }));
    const numbers = results.flatMap((r) => (r.ok ? r.data.issued : []));
    expect(numbers).toHaveLength(12);
    expect(new Set(numbers).size).toBe(12);
    expect(await db.visaLetter.count({ where: { eventId: event.id } })).toBe(12);
    expect(new Set((await db.visaLetter.findMany({ where: { eventId: event.id } })).map((l) => l.registrationId)).size).toBe(ids.length);
  });

  it('lets the holder and the secretariat download the PDF; nobody else; verification shows only the allowed fields, then "revoked"', async () => {
    const { delegate, organizer, secretariat } = await createRoleUsers();
    const { event, ids } = await createLetterEvent();
    actAs(secretariat);
    await issueVisaLetters({ eventId: event.id, registrationIds: [ids[0]] });
    const letter = await db.visaLetter.findFirstOrThrow({ where: { registrationId: ids[0] } });
    const holder = await ownerOf(ids[0]);
    for (const [actor, status] of [[null, 401], [delegate, 404], [organizer, 404], [holder, 200], [secretariat, 200]] as const) {
      actAs(actor);
      const res = await call(download, `/api/visa-letters/${letter.id}`, { id: letter.id });
      expect(res.status).toBe(status);
      if (status === 200) {
        const pdf = Buffer.from(await res.arrayBuffer());
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        expect(res.headers.get('content-disposition')).toContain(letter.number);
      }
    }
    const ok = await verifyLetter(letter.code, ip());
    expect(ok.kind).toBe('ok');
    if (ok.kind !== 'ok') return;
    expect(Object.keys(ok.view).sort()).toEqual(['endDate', 'event', 'holderName', 'nationality', 'number', 'revokedAt', 'startDate', 'valid']);
    expect(ok.view).toMatchObject({ number: letter.number, holderName: 'Nguyễn Thị Hương', nationality: 'ML', valid: true });
    expect(JSON.stringify(ok.view)).not.toContain(PASSPORT);
    expect(JSON.stringify(ok.view)).not.toContain(BIRTH);
    expect(await verifyLetter('A'.repeat(22), ip())).toEqual({ kind: 'notFound' });
    expect(await verifyLetter('../../etc', ip())).toEqual({ kind: 'notFound' });

    // Revoke: refused to others (nothing written), then done by the secretariat with a reason.
    for (const actor of [null, delegate, organizer, holder]) {
      actAs(actor);
      expect(await revokeVisaLetter({ letterId: letter.id, reason: 'fraude' })).toMatchObject({ ok: false });
    }
    expect((await db.visaLetter.findUniqueOrThrow({ where: { id: letter.id } })).status).toBe('ISSUED');
    actAs(secretariat);
    expect(await revokeVisaLetter({ letterId: letter.id, reason: '' })).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await revokeVisaLetter({ letterId: letter.id, reason: 'Document falsifié' })).toEqual({ ok: true, data: { number: letter.number } });
    expect(await revokeVisaLetter({ letterId: letter.id, reason: 'again' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    const revoked = await verifyLetter(letter.code, ip());
    expect(revoked.kind === 'ok' && revoked.view.valid).toBe(false);
    actAs(holder);
    expect((await call(download, `/api/visa-letters/${letter.id}`, { id: letter.id })).status).toBe(404);
    // Revoked on purpose: a filter does not issue it again.
    actAs(secretariat);
    expect(await issueVisaLetters({ eventId: event.id, filter: { nationality: 'ML' } })).toEqual({ ok: true, data: { issued: [] } });
    expect(await issueVisaLetters({ eventId: event.id, filter: {} })).toEqual({ ok: true, data: { issued: [`${event.code}-VL-00002`] } });
    expect(await db.visaLetter.count({ where: { registrationId: ids[0] } })).toBe(1);
    // The secretariat may still choose that person explicitly.
    expect(await issueVisaLetters({ eventId: event.id, registrationIds: [ids[0]] })).toEqual({ ok: true, data: { issued: [`${event.code}-VL-00003`] } });
  });

  it('rate-limits verification per client', async () => {
    const client = ip();
    let last = '';
    for (let i = 0; i < LIMITS.lookupPerIp.limit + 1; i++) last = (await verifyLetter('B'.repeat(22), client)).kind;
    expect(last).toBe('limited');
    expect((await verifyLetter('B'.repeat(22), ip())).kind).toBe('notFound');
  });
});

describe('visa data at rest and retention', () => {
  it('keeps passport numbers and dates of birth unreadable in a raw SQL select', async () => {
    const { event } = await createLetterEvent();
    const rows = await db.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "Registration" WHERE "eventId" = ${event.id}`;
    const text = JSON.stringify(rows);
    expect(text).not.toContain(PASSPORT);
    expect(text).not.toContain(BIRTH);
    expect(text).not.toContain('1979');
    expect(rows.filter((r) => typeof r.passportNumberEnc === 'string' && (r.passportNumberEnc as string).startsWith('v1.'))).toHaveLength(3);
    expect(rows[0]).not.toHaveProperty('passportNumber');
    expect(rows[0]).not.toHaveProperty('dateOfBirth');
    // A saved step of the form (draft) holds them sealed too, and gives them back to its owner.
    const user = await createUser();
    await saveDraft(user.id, event.id, 'visa', { visaLetterRequested: true, nationality: 'ML', passportNumber: 'DR4455667', passportExpiry: '2034-01-01', dateOfBirth: '1966-07-08' });
    const raw = JSON.stringify(await db.$queryRaw`SELECT * FROM "RegistrationDraft" WHERE "userId" = ${user.id}`);
    expect(raw).not.toContain('DR4455667');
    expect(raw).not.toContain('1966-07-08');
    expect((await findDraft(user.id, event.id))?.data).toMatchObject({ passportNumber: 'DR4455667', dateOfBirth: '1966-07-08', nationality: 'ML' });
  });

  it('erases visa data after the retention period (idempotent) and verification still works', async () => {
    const { secretariat } = await createRoleUsers();
    const DAY = 86_400_000;
    const ended = new Date(new Date(Date.now() - 40 * DAY).toISOString().slice(0, 10));
    const { event, ids } = await createLetterEvent(undefined, { startDate: new Date(ended.getTime() - 3 * DAY), endDate: ended });
    const recent = await createLetterEvent(undefined, { startDate: new Date(Date.now() - 12 * DAY), endDate: new Date(new Date(Date.now() - 10 * DAY).toISOString().slice(0, 10)) });
    actAs(secretariat);
    await issueVisaLetters({ eventId: event.id, registrationIds: [ids[0]] });
    const letter = await db.visaLetter.findFirstOrThrow({ where: { registrationId: ids[0] } });
    const first = await eraseExpiredVisaData();
    expect(first.find((e) => e.eventId === event.id)).toEqual({ eventId: event.id, erased: 3 });
    expect(first.find((e) => e.eventId === recent.event.id)).toBeUndefined();
    const regs = await db.registration.findMany({ where: { eventId: event.id }, select: { passportNumberEnc: true, dateOfBirthEnc: true, passportExpiry: true, nationality: true } });
    for (const r of regs) expect(r).toMatchObject({ passportNumberEnc: null, dateOfBirthEnc: null, passportExpiry: null });
    expect(await db.registration.count({ where: { eventId: recent.event.id, passportNumberEnc: { not: null } } })).toBe(3);
    const again = await eraseExpiredVisaData();
    expect(again.find((e) => e.eventId === event.id)).toEqual({ eventId: event.id, erased: 0 });
    expect(await db.auditLog.count({ where: { eventId: event.id, action: 'visa.data.erase' } })).toBe(1);
    const v = await verifyLetter(letter.code, ip());
    expect(v.kind === 'ok' && v.view).toMatchObject({ number: letter.number, holderName: 'Nguyễn Thị Hương', nationality: 'ML', valid: true });
    // A longer per-event retention keeps the data.
    const kept = await createLetterEvent(undefined, { startDate: new Date(ended.getTime() - 3 * DAY), endDate: ended });
    await db.visaLetterSettings.create({ data: { eventId: kept.event.id, retentionDays: 90 } });
    await eraseExpiredVisaData();
    expect(await db.registration.count({ where: { eventId: kept.event.id, passportNumberEnc: { not: null } } })).toBe(3);
  });

  it('copies letter settings to another event (never letters or the counter)', async () => {
    const { secretariat } = await createRoleUsers();
    const from = await createLetterEvent();
    const to = await createLetterEvent([]);
    actAs(secretariat);
    await updateLetterSettings(settingsInput(from.event.id));
    await uploadLetterImage(imageForm(from.event.id, PNG, 'logo'));
    await issueVisaLetters({ eventId: from.event.id, filter: {} });
    await db.$transaction((tx) => copyLetterSettings(tx, from.event.id, to.event.id));
    const copied = await db.visaLetterSettings.findUniqueOrThrow({ where: { eventId: to.event.id } });
    expect(copied).toMatchObject({ signatoryName: 'Fatou Sow', letterCounter: 0, logoType: 'image/png', templates: { fr: 'Invitation de {name} ({passportNumber})', en: 'Invitation of {name}' } });
    expect(await db.visaLetter.count({ where: { eventId: to.event.id } })).toBe(0);
  });
});

describe('corrections and key rotation', () => {
  it('a passport correction after issue revokes the letter and queues the request again; the audit has no passport value', async () => {
    const { secretariat } = await createRoleUsers();
    const delegate = await createUser();
    const event = await createRegistrationEvent({ requiresApproval: false });
    const values = validValues(event, { visaLetterRequested: true, nationality: 'SN', passportNumber: 'A1234567', passportExpiry: '2040-01-31', dateOfBirth: '1975-05-20' });
    actAs(delegate);
    expect(await submitRegistration({ slug: event.slug, values, locale: 'fr' })).toMatchObject({ ok: true });
    const reg = await db.registration.findFirstOrThrow({ where: { eventId: event.id, userId: delegate.id } });
    actAs(secretariat);
    await issueVisaLetters({ eventId: event.id, filter: {} });
    const first = await db.visaLetter.findFirstOrThrow({ where: { registrationId: reg.id } });
    actAs(delegate);
    // Editing something the letter does not print keeps it.
    expect(await updateRegistration({ registrationId: reg.id, values: { ...values, dietaryNotes: 'Sans arachide' } })).toMatchObject({ ok: true });
    expect((await db.visaLetter.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('ISSUED');
    expect(await updateRegistration({ registrationId: reg.id, values: { ...values, dietaryNotes: 'Sans arachide', passportNumber: 'B7654321' } })).toMatchObject({ ok: true });
    expect(await db.visaLetter.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: 'REVOKED', revokeReason: 'correction' });
    const v = await verifyLetter(first.code, ip());
    expect(v.kind === 'ok' && v.view.valid).toBe(false);
    expect(openSensitive(await db.registration.findUniqueOrThrow({ where: { id: reg.id } }))).toMatchObject({ passportNumber: 'B7654321', visaLetterIssuedAt: null });
    actAs(secretariat);
    expect(await issueVisaLetters({ eventId: event.id, filter: {} })).toEqual({ ok: true, data: { issued: [`${event.code}-VL-00002`] } });
    const audit = JSON.stringify(await db.auditLog.findMany({ where: { entityId: { in: [reg.id, first.id] } } }));
    expect(audit).toContain('visa.letter.revoke');
    for (const secret of ['A1234567', 'B7654321', '1975-05-20']) expect(audit).not.toContain(secret);
  });

  it('rotates every value to the current key; old keys are then no longer needed', async () => {
    const { event } = await createLetterEvent();
    const saved = { current: process.env.DATA_ENCRYPTION_KEY, old: process.env.DATA_ENCRYPTION_KEYS };
    const oldKey = keyRing().current;
    const next = randomBytes(32).toString('base64');
    try {
      process.env.DATA_ENCRYPTION_KEY = next;
      process.env.DATA_ENCRYPTION_KEYS = oldKey.key.toString('base64');
      const { rotated } = await rotateDataKeys({ batchSize: 2, eventId: event.id });
      expect(rotated).toBe(3);
      expect((await rotateDataKeys({ eventId: event.id })).rotated).toBe(0);
      delete process.env.DATA_ENCRYPTION_KEYS;
      const rows = await db.registration.findMany({ where: { eventId: event.id, passportNumberEnc: { not: null } } });
      for (const r of rows) {
        expect(keyIdOf(r.passportNumberEnc!)).toBe(parseDataKey(next).id);
        expect(openSensitive(r).passportNumber).toMatch(/^(PZ7788991|QX1234567)$/);
      }
    } finally {
      // Put every value back under the key the other tests use.
      process.env.DATA_ENCRYPTION_KEY = oldKey.key.toString('base64');
      process.env.DATA_ENCRYPTION_KEYS = next;
      await rotateDataKeys({ eventId: event.id });
      if (saved.current === undefined) delete process.env.DATA_ENCRYPTION_KEY;
      else process.env.DATA_ENCRYPTION_KEY = saved.current;
      if (saved.old === undefined) delete process.env.DATA_ENCRYPTION_KEYS;
      else process.env.DATA_ENCRYPTION_KEYS = saved.old;
    }
  });
});
