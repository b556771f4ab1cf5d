import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { submitRegistration } from './helpers/commands';
import { GET } from '@/app/api/registrations/[id]/confirmation/route';
import { actAs } from './helpers/session';
import { createRoleUsers, createUser } from '../factories';
import { createRegistrationEvent, validValues } from '../factories/registration';

const get = (id: string) => GET(new Request(`http://test/api/registrations/${id}/confirmation?locale=ar`), { params: Promise.resolve({ id }) });

describe('confirmation PDF', () => {
  it('is served to the owner and staff, and is a 404 for anyone else (existence not revealed)', async () => {
    const event = await createRegistrationEvent();
    const { delegate, organizer, secretariat } = await createRoleUsers();
    const other = await createUser();
    actAs(delegate);
    const result = await submitRegistration({ slug: event.slug, locale: 'fr', values: validValues(event, { firstName: 'عائشة', lastName: '王芳', visaLetterRequested: true, nationality: 'SN', passportNumber: 'ZX9876543', passportExpiry: '2040-01-01', dateOfBirth: '1980-01-01' }) });
    expect(result.ok).toBe(true);
    const reg = await db.registration.findFirstOrThrow({ where: { eventId: event.id } });
    for (const actor of [delegate, organizer, secretariat]) {
      actAs(actor);
      const res = await get(reg.id);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const body = Buffer.from(await res.arrayBuffer());
      expect(body.subarray(0, 5).toString()).toBe('%PDF-');
      // Fonts with the needed glyphs are embedded (subsets of Noto Sans Arabic and SC).
      expect(body.toString('latin1')).toMatch(/NotoSansArabic/);
      expect(body.toString('latin1')).toMatch(/NotoSansSC/);
      expect(body.toString('latin1')).not.toContain('ZX9876543');
    }
    actAs(other);
    expect((await get(reg.id)).status).toBe(404);
    actAs(null);
    expect((await get(reg.id)).status).toBe(401);
    actAs(delegate);
    expect((await get('does-not-exist')).status).toBe(404);
  });
});
