// A delegate downloads their own badge once approved; nobody else's, and
// nothing before approval (the answer never reveals whether it exists).
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { GET as ownBadge } from '@/app/api/registrations/[id]/badge/route';
import { actAs } from './helpers/session';
import { createEvent, createUser } from '../factories';
import { createAttendees } from '../factories/exports';

const call = (id: string) => ownBadge(new Request(`http://test/api/registrations/${id}/badge?locale=fr`), { params: Promise.resolve({ id }) });

describe('GET /api/registrations/[id]/badge', () => {
  it('serves the owner their approved badge, 404 to anyone else or before approval', async () => {
    const event = await createEvent();
    const [approvedId, submittedId] = await createAttendees(event.id, [
      { firstName: 'Mame Diarra', lastName: 'Guèye', status: 'APPROVED' },
      { firstName: 'Ousmane', lastName: 'Faye', status: 'SUBMITTED' },
    ]);
    const approved = await db.registration.findUniqueOrThrow({ where: { id: approvedId }, select: { user: true } });
    const submitted = await db.registration.findUniqueOrThrow({ where: { id: submittedId }, select: { user: true } });

    actAs(null);
    expect((await call(approvedId)).status).toBe(401);
    actAs(approved.user);
    const response = await call(approvedId);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/pdf');
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');

    // Someone else's badge, an unknown id, a crafted id: all the same 404.
    for (const id of [submittedId, 'does-not-exist', '../../etc']) expect((await call(id)).status).toBe(404);
    // Not approved yet: no badge, even for the owner.
    actAs(submitted.user);
    expect((await call(submittedId)).status).toBe(404);
    // Staff use the staff endpoint, not this one.
    actAs(await createUser({ role: 'ORGANIZER' }));
    expect((await call(approvedId)).status).toBe(404);
  });
});
