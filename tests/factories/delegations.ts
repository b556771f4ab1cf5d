import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { findEventForRegistration, registrationContext } from '@/features/registrations/data';
import { submitRegistration } from '@/features/registrations/mutations';
import { registrationSchema } from '@/features/registrations/schema';
import { newInvitationCode } from '@/features/delegations/mutations';
import { createUser } from '../factories';
import { createRegistrationEvent, validValues } from './registration';

export { createRegistrationEvent };

/** A delegation of `eventId` headed by `headId` (APPROVED, quota 20 unless told). */
export async function createDelegation(input: { eventId: string; headId: string | null; quota?: number; status?: 'REQUESTED' | 'APPROVED' | 'CLOSED'; name?: string; country?: string | null }) {
  return db.delegation.create({
    data: {
      eventId: input.eventId,
      headId: input.headId,
      name: input.name ?? `Délégation ${randomUUID().slice(0, 8)}`,
      country: input.country === undefined ? 'SN' : input.country,
      continent: 'AFRICA',
      quota: input.quota ?? 20,
      status: input.status ?? 'APPROVED',
      invitationCode: newInvitationCode(),
    },
  });
}

/** `n` verified delegates (one createMany). */
export async function createDelegates(n: number) {
  const data = Array.from({ length: n }, (_, i) => ({ email: `deleg-${randomUUID().slice(0, 12)}-${i}@test.rencontre.example`, name: `Délégué·e ${i} Ñúñez`, passwordHash: 'x', emailVerifiedAt: new Date() }));
  await db.user.createMany({ data });
  return db.user.findMany({ where: { email: { in: data.map((d) => d.email) } }, select: { id: true, email: true, name: true, sessionVersion: true } });
}

/** Registers each user for the event through the registration feature's own mutation (answers as the form sends them). */
export async function registerUsers(eventSlug: string, users: { id: string; email: string }[], overrides: Parameters<typeof validValues>[1] = {}) {
  const event = (await findEventForRegistration(eventSlug, 'DELEGATE'))!;
  const schema = registrationSchema(registrationContext(event));
  const out = [];
  for (const u of users) {
    out.push(await submitRegistration({ userId: u.id, event, locale: 'fr', answers: schema.parse(validValues({ ...event, feeCategories: event.feeCategories }, { email: u.email, ...overrides })) }));
  }
  return out;
}

/** An event, a head (DELEGATE) and their approved delegation. */
export async function createHeadedDelegation(opts: { quota?: number; capacity?: number | null } = {}) {
  const event = await createRegistrationEvent({ capacity: opts.capacity === undefined ? 5000 : opts.capacity });
  const head = await createUser({ role: 'DELEGATE', name: 'Geneviève Lévesque' });
  const delegation = await createDelegation({ eventId: event.id, headId: head.id, quota: opts.quota });
  return { event, head, delegation };
}

/** A CSV file (as the browser would send it) from rows of cells. */
export function csvFile(rows: string[][], name = 'members.csv'): File {
  const text = rows.map((r) => r.map((c) => (/[",\n;]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n');
  return new File([text], name, { type: 'text/csv' });
}

export function importForm(delegationId: string, file: Blob, fileHash?: string): FormData {
  const fd = new FormData();
  fd.set('delegationId', delegationId);
  fd.set('file', file);
  if (fileHash) fd.set('fileHash', fileHash);
  return fd;
}
