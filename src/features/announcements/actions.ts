'use server';

import { revalidatePath } from 'next/cache';
import { staffAction, userAction } from '@/features/auth/clients';
import { AppError } from '@/lib/errors';
import { scheduleDispatch } from '@/features/email/dispatch';
import { countRecipients, findMessageEvent, previewRecipient, type MessageEvent } from './data';
import { composeFor, sendAnnouncement, setAnnouncementsOptOut, type Composed } from './mutations';
import { optOutSchema, previewMessageSchema, sendMessageSchema } from './schema';

/** The subject and body must at least exist in the event's first language (every recipient falls back to it). */
function requireFirstLanguage(event: MessageEvent, m: Composed) {
  const first = event.languages[0];
  const errors: Record<string, string[]> = {};
  if (!m.subject[first]) errors[`subject.${first}`] = ['required'];
  if (!m.body[first]) errors[`body.${first}`] = ['required'];
  if (Object.keys(errors).length > 0) throw new AppError('VALIDATION', errors);
}

/** The recipient count and the message as one chosen recipient will read it; writes nothing. */
export const previewMessageAction = staffAction(previewMessageSchema, async (input) => {
  const event = await findMessageEvent(input.eventId);
  if (!event) throw new AppError('NOT_FOUND');
  const message: Composed = { kind: input.kind, filter: input.filter, subject: input.subject, body: input.body };
  requireFirstLanguage(event, message);
  const [count, recipient] = await Promise.all([countRecipients(event.id, input.filter, input.kind), previewRecipient(event.id, input.filter, input.kind, input.previewReference)]);
  if (!recipient) return { count, preview: null };
  const composed = composeFor(event, message, recipient);
  return { count, preview: { to: `${recipient.firstName} ${recipient.lastName}`, reference: recipient.referenceNumber, ...composed } };
});

/** Sends to every filtered attendee through the outbox (organizer, secretariat); one key, one message. */
export const sendMessageAction = staffAction(sendMessageSchema, async (input, { actor }) => {
  const event = await findMessageEvent(input.eventId);
  if (!event) throw new AppError('NOT_FOUND');
  const message: Composed = { kind: input.kind, filter: input.filter, subject: input.subject, body: input.body };
  requireFirstLanguage(event, message);
  const result = await sendAnnouncement(actor.id, event, message, input.idempotencyKey);
  if (!result.duplicate) scheduleDispatch();
  revalidatePath('/[locale]/staff/events/[slug]/messages', 'page');
  revalidatePath('/[locale]/staff/outbox', 'page');
  return result;
});

/** A delegate opts out of (or back into) announcements. */
export const setAnnouncementsOptOutAction = userAction(optOutSchema, async (input, { actor }) => {
  await setAnnouncementsOptOut(actor.id, input.optOut);
  revalidatePath('/[locale]/account', 'page');
  return { optOut: input.optOut };
});
