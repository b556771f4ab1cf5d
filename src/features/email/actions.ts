'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/features/auth/clients';
import { scheduleDispatch } from './dispatch';
import { retryOutboxMessage as retryOutboxMessageMutation } from './mutations';
import { retryOutboxMessageSchema } from './schema';

/** Organizer or secretariat: a FAILED message goes back in the queue (audited). */
export const retryOutboxMessage = staffAction(retryOutboxMessageSchema, async ({ id }, { actor }) => {
  await retryOutboxMessageMutation(actor.id, id);
  scheduleDispatch();
  revalidatePath('/[locale]/staff/outbox', 'page');
  return { id };
});
