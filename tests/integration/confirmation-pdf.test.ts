import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { findRegistrationForConfirmation } from '@/features/registrations/data';
import { renderConfirmationPdf } from '@/features/registrations/pdf';
import { badgesStream } from '@/features/badges/pdf';
import { findAttendee } from '@/features/exports/data';
import { rowContext } from '@/features/exports/service';
import { pdfText } from '../pdf-text';
import { createEvent, createRegistration, createRoom, createSession } from '../factories/programme';
import { createDelegation } from '../factories/delegations';

async function streamToBuffer(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
  return Buffer.concat(chunks);
}

describe('the confirmation PDF: a document worth carrying', () => {
  it('prints the name as its owner writes it (family first), every diacritic, the delegation, venue, workshops in the event zone and a QR code', async () => {
    const event = await createEvent({ city: 'Dakar', country: 'SN', timeZone: 'Africa/Dakar' });
    const delegation = await createDelegation({ eventId: event.id, headId: null, name: 'Délégation du Viêt Nam', country: 'VN' });
    const { registration } = await createRegistration(event.id, { firstName: 'Thị Minh Khai', lastName: 'Nguyễn', nameOrder: 'FAMILY_FIRST', country: 'VN', continent: 'ASIA', delegationId: delegation.id });
    const room = await createRoom(event.id, { name: 'Salle Léopold Sédar Senghor' });
    const session = await createSession(event, { title: { fr: 'Finance solidaire et tontines' }, roomId: room.id, from: 9, to: 11 });
    const waitlisted = await createSession(event, { title: { fr: 'Atelier en attente' }, day: 1 });
    await db.sessionEnrollment.create({ data: { sessionId: session.id, registrationId: registration.id, status: 'ENROLLED' } });
    await db.sessionEnrollment.create({ data: { sessionId: waitlisted.id, registrationId: registration.id, status: 'WAITLISTED', waitlistPosition: 1 } });

    const r = await findRegistrationForConfirmation({ id: registration.userId, role: 'DELEGATE' }, registration.id);
    const pdf = await renderConfirmationPdf(r!, 'fr');
    const text = pdfText(pdf);
    expect(text).toContain('Nguyễn Thị Minh Khai');
    expect(text).not.toContain('Thị Minh Khai Nguyễn');
    expect(text).toContain('Délégation du Viêt Nam');
    // The other i's are not read as "ị" once the name has been drawn.
    expect(text).toContain('Coopérative des femmes de Thiès');
    expect(text).toContain('Dakar, Sénégal');
    expect(text).toContain('Finance solidaire et tontines');
    expect(text).toContain('Salle Léopold Sédar Senghor');
    expect(text).toMatch(/09:00 – 11:00/);
    expect(text).toContain('Africa/Dakar');
    expect(text).not.toContain('Atelier en attente');
    expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image/);
  });

  it('a badge follows the same order, family name in capitals', async () => {
    const event = await createEvent();
    const { registration } = await createRegistration(event.id, { firstName: 'Thị Minh Khai', lastName: 'Nguyễn', nameOrder: 'FAMILY_FIRST' });
    const row = await findAttendee(event.id, registration.id);
    async function* one() { yield [row!]; }
    const { ctx } = await rowContext(event as never, 'fr');
    const pdf = await streamToBuffer(badgesStream(one(), ctx, 'Rencontre'));
    const runs = pdfText(pdf).split('\n');
    const family = runs.indexOf('NGUYỄN');
    expect(family).toBeGreaterThanOrEqual(0);
    expect(runs.indexOf('Thị Minh Khai')).toBeGreaterThan(family);
  });
});
