// Who may export: staff only (a delegate gets 404 on every export, badge and
// check-in endpoint, anonymous 401), sensitive columns for the secretariat only.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { GET as attendees } from '@/app/api/exports/[slug]/attendees/route';
import { GET as signIn } from '@/app/api/exports/[slug]/sessions/[sessionId]/sign-in/route';
import { GET as logistics } from '@/app/api/exports/[slug]/logistics/route';
import { GET as roster } from '@/app/api/exports/[slug]/roster/route';
import { GET as badges } from '@/app/api/badges/[slug]/route';
import { GET as count } from '@/app/api/checkin/[slug]/count/route';
import { checkInAction } from '@/features/checkin/actions';
import { selectFor } from '@/features/exports/data';
import { encryptField } from '@/lib/field-crypto';
import { signBadgeToken } from '@/features/badges/token';
import { actAs } from './helpers/session';
import { createEvent, createRoleUsers } from '../factories';
import { createAttendees } from '../factories/exports';

let slug = '';
let eventId = '';
let sessionId = '';
let registrationId = '';
let users: Awaited<ReturnType<typeof createRoleUsers>>;
const PASSPORT = 'PXA9912345';

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
function endpoints(): [string, Handler, string, Record<string, string>][] {
  return [
    ['attendees csv', attendees as unknown as Handler, `/api/exports/${slug}/attendees?format=csv&columns=lastName`, { slug }],
    ['attendees xlsx', attendees as unknown as Handler, `/api/exports/${slug}/attendees?format=xlsx&columns=lastName`, { slug }],
    ['attendees pdf', attendees as unknown as Handler, `/api/exports/${slug}/attendees?format=pdf&columns=lastName`, { slug }],
    ['sign-in sheet', signIn as unknown as Handler, `/api/exports/${slug}/sessions/${sessionId}/sign-in`, { slug, sessionId }],
    ['logistics', logistics as unknown as Handler, `/api/exports/${slug}/logistics`, { slug }],
    ['roster', roster as unknown as Handler, `/api/exports/${slug}/roster?format=csv`, { slug }],
    ['badges (bulk)', badges as unknown as Handler, `/api/badges/${slug}`, { slug }],
    ['badge (one)', badges as unknown as Handler, `/api/badges/${slug}?registrationId=${registrationId}`, { slug }],
    ['check-in count', count as unknown as unknown as Handler, `/api/checkin/${slug}/count`, { slug }],
  ];
}
const call = (handler: Handler, url: string, params: Record<string, string>) => handler(new Request(`http://test${url}`), { params: Promise.resolve(params) });
const auditCount = () => db.auditLog.count({ where: { eventId } });

beforeAll(async () => {
  users = await createRoleUsers();
  const event = await createEvent();
  slug = event.slug;
  eventId = event.id;
  [registrationId] = await createAttendees(event.id, [
    { lastName: 'Passeport', visaLetterRequested: true, nationality: 'SN', passportNumberEnc: encryptField(PASSPORT, 'passportNumber'), passportExpiry: new Date('2030-01-31'), dateOfBirthEnc: encryptField('1980-05-17', 'dateOfBirth') },
    { lastName: 'Autre' },
  ]);
  const session = await db.session.create({ data: { eventId, kind: 'WORKSHOP', title: { fr: 'Atelier' }, startsAt: new Date(Date.now() + 40 * 86_400_000), endsAt: new Date(Date.now() + 40 * 86_400_000 + 3_600_000), workingLanguages: ['fr'], interpretationLanguages: [] } });
  sessionId = session.id;
});

describe('export, badge and check-in endpoints', () => {
  it('refuse a delegate with 404 and write nothing', async () => {
    actAs(users.delegate);
    const before = await auditCount();
    for (const [name, handler, url, params] of endpoints()) {
      const response = await call(handler, url, params);
      expect(response.status, name).toBe(404);
      expect(await response.text(), name).not.toContain('Passeport');
    }
    expect(await auditCount()).toBe(before);
  });

  it('refuse anonymous callers with 401', async () => {
    actAs(null);
    for (const [name, handler, url, params] of endpoints()) expect((await call(handler, url, params)).status, name).toBe(401);
  });

  it('refuse a delegate the check-in action (even with a genuine badge code) and change nothing', async () => {
    actAs(users.delegate);
    const result = await checkInAction({ eventSlug: slug, token: signBadgeToken(registrationId) });
    expect(result).toEqual({ ok: false, code: 'NOT_FOUND' });
    const byId = await checkInAction({ eventSlug: slug, registrationId });
    expect(byId).toEqual({ ok: false, code: 'NOT_FOUND' });
    expect((await db.registration.findUniqueOrThrow({ where: { id: registrationId } })).checkedInAt).toBeNull();
  });

  it('serve staff (organizer and secretariat) on every endpoint', async () => {
    for (const user of [users.organizer, users.secretariat]) {
      actAs(user);
      for (const [name, handler, url, params] of endpoints()) {
        const response = await call(handler, url, params);
        expect(response.status, `${user.role} ${name}`).toBe(200);
        await response.arrayBuffer();
      }
    }
  });
});

describe('sensitive columns', () => {
  it('an organizer export never contains passport data, whatever the columns', async () => {
    actAs(users.organizer);
    const all = 'reference,lastName,firstName,email,phone,status,participantType,organization,organizationKind,organizationRole,country,continent,city,delegation,languages,interpretationNeeds,arrivalAt,departureAt,accommodation,dietary,dietaryNotes,accessibility,accessibilityNotes,visaLetterRequested,visaLetterIssuedAt,bursaryStatus,submittedAt,checkedInAt';
    for (const format of ['csv', 'xlsx', 'pdf']) {
      const response = await call(attendees as unknown as Handler, `/api/exports/${slug}/attendees?format=${format}&columns=${all}`, { slug });
      expect(response.status).toBe(200);
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.includes(PASSPORT), format).toBe(false);
      expect(body.includes('1980-05-17'), format).toBe(false);
    }
  });

  it('the rows read for a non-secretariat export never include visa fields', () => {
    const select = selectFor(['lastName', 'passportNumber', 'dateOfBirth', 'nationality', 'passportExpiry'], false);
    expect(Object.keys(select).sort()).toEqual(['id', 'lastName']);
    expect(selectFor(['passportNumber'], true)).toMatchObject({ passportNumberEnc: true });
  });

  it('the server refuses sensitive columns to an organizer (403), not just the dialog', async () => {
    actAs(users.organizer);
    const before = await auditCount();
    for (const column of ['passportNumber', 'dateOfBirth', 'passportExpiry', 'nationality']) {
      const response = await call(attendees as unknown as Handler, `/api/exports/${slug}/attendees?format=csv&columns=lastName,${column}`, { slug });
      expect(response.status, column).toBe(403);
      expect(Buffer.from(await response.arrayBuffer()).includes(PASSPORT)).toBe(false);
    }
    expect(await auditCount()).toBe(before);
  });

  it('the secretariat gets them when asked, and the export is audited', async () => {
    actAs(users.secretariat);
    const response = await call(attendees as unknown as Handler, `/api/exports/${slug}/attendees?format=csv&columns=lastName,passportNumber,dateOfBirth`, { slug });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain(PASSPORT);
    expect(text).toContain('1980-05-17');
    const entry = await db.auditLog.findFirst({ where: { eventId, action: 'export.attendees', actorId: users.secretariat.id }, orderBy: { createdAt: 'desc' } });
    expect(entry?.data).toMatchObject({ format: 'csv', sensitive: true, rows: 2 });
    expect(JSON.stringify(entry?.data)).not.toContain(PASSPORT);
  });
});
