import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { GET as calendarFeed } from '@/app/api/calendar/[token]/route';
import { GET as sessionIcs } from '@/app/api/sessions/[id]/ics/route';
import { enrolInSession } from '@/features/enrolment/mutations';
import { createRoleUsers } from '@tests/factories';
import { createEvent, createRegistration, createRoom, createSession } from '@tests/factories/programme';
import { actAs } from './helpers/session';

const feed = (token: string, query = '') => calendarFeed(new Request(`http://test.local/api/calendar/${token}${query}`), { params: Promise.resolve({ token }) });
const single = (id: string, query = '') => sessionIcs(new Request(`http://test.local/api/sessions/${id}/ics${query}`), { params: Promise.resolve({ id }) });

function events(text: string) {
  return text
    .replace(/\r\n /g, '')
    .split('BEGIN:VEVENT')
    .slice(1)
    .map((block) => Object.fromEntries(block.split('\r\n').filter((l) => l.includes(':') && !l.startsWith('END')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1)])));
}

describe('calendar feeds', () => {
  it('serves the delegate’s sessions at the secret URL, in UTC, wait-listed ones tentative', async () => {
    const event = await createEvent({ timeZone: 'America/Toronto' });
    const room = await createRoom(event.id, { capacity: 1, name: 'Salle Québec; 2e étage' });
    const a = await createSession(event, { roomId: room.id, title: { fr: 'Économie, solidarité', en: 'Economy, solidarity' }, from: 14, to: 15 });
    const b = await createSession(event, { from: 16, to: 17, title: { fr: 'Plénière' } });
    const other = await createRegistration(event.id);
    await enrolInSession(other.registration.id, a.id);
    const { registration } = await createRegistration(event.id, { locale: 'en' });
    await enrolInSession(registration.id, a.id); // wait list
    await enrolInSession(registration.id, b.id);
    const response = await feed(registration.calendarToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await response.text();
    expect(text).toContain('X-WR-TIMEZONE:America/Toronto');
    const list = events(text);
    expect(list.map((e) => [e.SUMMARY, e.STATUS, e.DTSTART])).toEqual([
      ['[Wait list] Economy\\, solidarity', 'TENTATIVE', a.startsAt.toISOString().replace(/[-:]/g, '').replace('.000', '')],
      ['Plénière', 'CONFIRMED', b.startsAt.toISOString().replace(/[-:]/g, '').replace('.000', '')],
    ]);
    expect(list[0].LOCATION).toBe('Salle Québec\\; 2e étage');
    // The page's language wins when asked for.
    expect(await (await feed(registration.calendarToken, '?locale=fr')).text()).toContain("SUMMARY:[Liste d’attente] Économie\\, solidarité");
  });

  it('answers 404 to unknown tokens and empties the feed of an inactive registration', async () => {
    expect((await feed('x'.repeat(43))).status).toBe(404);
    expect((await feed('short')).status).toBe(404);
    const event = await createEvent();
    const session = await createSession(event);
    const { registration } = await createRegistration(event.id);
    await enrolInSession(registration.id, session.id);
    await db.registration.update({ where: { id: registration.id }, data: { status: 'CANCELLED' } });
    const text = await (await feed(registration.calendarToken)).text();
    expect(events(text)).toEqual([]);
  });

  it('offers one session as a download; drafts only to staff', async () => {
    const event = await createEvent();
    const session = await createSession(event, { title: { fr: 'Atelier', es: 'Taller' } });
    actAs(null);
    const response = await single(session.id, '?locale=es');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('attachment');
    expect(events(await response.text()).map((e) => e.SUMMARY)).toEqual(['Taller']);
    expect((await single('missing')).status).toBe(404);
    const draft = await createEvent({ status: 'DRAFT' });
    const hidden = await createSession(draft);
    expect((await single(hidden.id)).status).toBe(404);
    actAs((await createRoleUsers()).organizer);
    expect((await single(hidden.id)).status).toBe(200);
  });
});
