// Invoices and receipts (PDF): the owner and staff; 404 for other delegates; bulk for the secretariat only.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { GET as invoice } from '@/app/api/registrations/[id]/invoice/route';
import { GET as receipt } from '@/app/api/payments/[id]/receipt/route';
import { GET as bulk } from '@/app/api/exports/[slug]/money/route';
import { recordPayment } from '@/features/money/mutations';
import { actAs } from './helpers/session';
import { createRoleUsers } from '../factories';
import { createMoneyEvent, createOwingRegistration, key } from '../factories/money';

let users: Awaited<ReturnType<typeof createRoleUsers>>;
let slug = '';
let eventId = '';
let registrationId = '';
let owner: { id: string };
let entryId = '';

beforeAll(async () => {
  users = await createRoleUsers();
  const { event, fee } = await createMoneyEvent(50_000);
  slug = event.slug;
  eventId = event.id;
  await db.eventMoneySettings.create({ data: { eventId, legalDetails: 'GESQ <script>alert(1)</script>', paymentInstructions: { fr: 'Virement', es: 'Transferencia' } } });
  const made = await createOwingRegistration(event.id, fee.id, { locale: 'es', firstName: 'Lucía' });
  registrationId = made.registration.id;
  owner = made.user;
  entryId = (await recordPayment(users.secretariat.id, { eventId, registrationId, amountMinor: 20_000, currency: 'XOF', method: 'MOBILE_MONEY', paidOn: new Date(), payerReference: 'WAVE-1', idempotencyKey: key() })).id;
});

type Handler<P> = (request: Request, args: { params: Promise<P> }) => Promise<Response>;
const call = <P,>(handler: Handler<P>, url: string, params: P) => handler(new Request(`http://test${url}`), { params: Promise.resolve(params) });

async function expectPdf(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  const body = Buffer.from(await response.arrayBuffer());
  expect(body.subarray(0, 5).toString()).toBe('%PDF-');
}

describe('invoice and receipt routes', () => {
  it('serve the owner and staff', async () => {
    for (const who of [owner, users.organizer, users.secretariat]) {
      actAs(who);
      await expectPdf(await call(invoice, `/api/registrations/${registrationId}/invoice?locale=es`, { id: registrationId }));
      await expectPdf(await call(receipt, `/api/payments/${entryId}/receipt?locale=es`, { id: entryId }));
    }
  });

  it('answer 404 to another delegate and 401 to anonymous callers', async () => {
    actAs(users.delegate);
    expect((await call(invoice, `/api/registrations/${registrationId}/invoice`, { id: registrationId })).status).toBe(404);
    expect((await call(receipt, `/api/payments/${entryId}/receipt`, { id: entryId })).status).toBe(404);
    actAs(null);
    expect((await call(invoice, `/api/registrations/${registrationId}/invoice`, { id: registrationId })).status).toBe(401);
    expect((await call(receipt, `/api/payments/${entryId}/receipt`, { id: entryId })).status).toBe(401);
  });
});

describe('bulk receipts and invoices', () => {
  it('are for the secretariat only, and audited', async () => {
    for (const who of [users.delegate, users.organizer, owner]) {
      actAs(who);
      expect((await call(bulk, `/api/exports/${slug}/money?kind=receipts`, { slug })).status).toBe(404);
    }
    actAs(null);
    expect((await call(bulk, `/api/exports/${slug}/money?kind=receipts`, { slug })).status).toBe(401);
    expect(await db.auditLog.count({ where: { eventId, action: { startsWith: 'export.' } } })).toBe(0);
    actAs(users.secretariat);
    await expectPdf(await call(bulk, `/api/exports/${slug}/money?kind=receipts`, { slug }));
    await expectPdf(await call(bulk, `/api/exports/${slug}/money?kind=invoices`, { slug }));
    expect((await call(bulk, `/api/exports/${slug}/money?kind=other`, { slug })).status).toBe(400);
    expect(await db.auditLog.count({ where: { eventId, action: { in: ['export.receipts', 'export.invoices'] }, actorId: users.secretariat.id } })).toBe(2);
  });
});
