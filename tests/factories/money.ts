// Money factories: an event in XOF with a fee category, and registrations whose balance is computed.
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { recomputeBalance } from '@/features/money/balance';
import { createEvent } from '../factories';
import { createRegistration } from './programme';

export const key = () => randomUUID();

export async function createMoneyEvent(feeMinor = 50_000) {
  const event = await createEvent({ currency: 'XOF' });
  const fee = await db.feeCategory.create({ data: { eventId: event.id, code: 'NORTH', label: { fr: 'Nord', en: 'North', es: 'Norte', pt: 'Norte' }, amountMinor: feeMinor, currency: 'XOF' } });
  return { event, fee };
}

/** A registration to the fee category, its balance computed as the app would. */
export async function createOwingRegistration(eventId: string, feeCategoryId: string, overrides: Parameters<typeof createRegistration>[1] = {}) {
  const made = await createRegistration(eventId, { feeCategoryId, ...overrides });
  await db.$transaction((tx) => recomputeBalance(tx, made.registration.id));
  return made;
}

export const today = () => new Date().toISOString().slice(0, 10);
