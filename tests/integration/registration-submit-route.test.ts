import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { POST } from '@/app/api/events/[slug]/registrations/route';
import { actAs } from './helpers/session';
import { APP, commandRequest } from './helpers/commands';
import { createUser } from '../factories';
import { createRegistrationEvent, validValues } from '../factories/registration';

/**
 * The registration form posts to a command route (JSON in, ActionResult out) rather than a
 * server action. What Next checks for an action (same origin, body size, a body it can decode)
 * is checked here, before anything is read or written.
 */
async function post(slug: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await POST(commandRequest(`/api/events/${slug}/registrations`, body, headers), { params: Promise.resolve({ slug }) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function nothingWritten(eventId: string) {
  expect(await db.registration.count({ where: { eventId } })).toBe(0);
  expect(await db.consentRecord.count({ where: { eventId } })).toBe(0);
}

describe('POST /api/events/[slug]/registrations', () => {
  it('registers the signed-in delegate for the event named in the path, whatever slug the body names', async () => {
    const event = await createRegistrationEvent();
    const other = await createRegistrationEvent();
    const delegate = await createUser();
    actAs(delegate);
    const res = await post(event.slug, { slug: other.slug, values: validValues(event, { email: delegate.email }), locale: 'en' });
    expect(res).toEqual({ status: 200, body: { ok: true, data: { referenceNumber: `${event.code}-00001`, status: 'SUBMITTED' } } });
    expect(await db.registration.count({ where: { eventId: other.id } })).toBe(0);
    expect((await db.emailOutbox.findFirstOrThrow({ where: { to: delegate.email } })).locale).toBe('en');
  });

  it('refuses a request from another site, or with no Origin, with nothing written (CSRF)', async () => {
    const event = await createRegistrationEvent();
    actAs(await createUser());
    const body = { values: validValues(event), locale: 'fr' };
    expect(await post(event.slug, body, { origin: 'https://evil.example' })).toEqual({ status: 403, body: { ok: false, code: 'FORBIDDEN' } });
    expect(await post(event.slug, body, { origin: 'null' })).toMatchObject({ status: 403 });
    // Behind a proxy the public host is X-Forwarded-Host: an Origin matching only the internal Host is refused.
    expect(await post(event.slug, body, { 'x-forwarded-host': 'conference.example.org' })).toMatchObject({ status: 403 });
    expect(await post(event.slug, body, { origin: 'https://conference.example.org', 'x-forwarded-host': 'conference.example.org' })).toMatchObject({ status: 200 });
    const noOrigin = new Request(`${APP}/api/events/${event.slug}/registrations`, { method: 'POST', headers: { 'content-type': 'application/json', host: new URL(APP).host }, body: JSON.stringify(body) });
    expect((await POST(noOrigin, { params: Promise.resolve({ slug: event.slug }) })).status).toBe(403);
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(1); // only the proxied one
  });

  it('answers a body that is not JSON, not declared as JSON or too large with a translated 400/413, nothing written', async () => {
    const event = await createRegistrationEvent();
    actAs(await createUser());
    const bad = await post(event.slug, '{"values": {', { referer: `${APP}/en/events/${event.slug}/register` });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'BAD_REQUEST' });
    expect(String(bad.body.message)).toMatch(/[a-z]/i);
    expect((await post(event.slug, JSON.stringify({ values: {}, locale: 'fr' }), { 'content-type': 'text/plain' })).status).toBe(400);
    const huge = await post(event.slug, { values: { firstName: 'x'.repeat(3 * 1024 * 1024) }, locale: 'fr' });
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    await nothingWritten(event.id);
  });

  it('returns field errors for bad answers (status 400) and an array or a string body as VALIDATION', async () => {
    const event = await createRegistrationEvent();
    actAs(await createUser());
    const res = await post(event.slug, { values: { ...validValues(event), firstName: '', email: 'not-an-address' }, locale: 'wo' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { locale: expect.any(Array) } });
    const values = await post(event.slug, { values: { ...validValues(event), firstName: '', email: 'not-an-address' }, locale: 'fr' });
    expect(values.body).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { firstName: expect.any(Array), email: expect.any(Array) } });
    expect((await post(event.slug, [1, 2])).body).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect((await post(event.slug, '"text"')).body).toMatchObject({ ok: false, code: 'VALIDATION' });
    await nothingWritten(event.id);
  });

  it('refuses an anonymous caller (401) before reading the body', async () => {
    const event = await createRegistrationEvent();
    actAs(null);
    expect(await post(event.slug, 'not json at all', { origin: 'https://evil.example' })).toEqual({ status: 401, body: { ok: false, code: 'UNAUTHENTICATED' } });
    await nothingWritten(event.id);
  });
});
