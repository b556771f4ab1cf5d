import { z } from 'zod';
import { msg, optionalText } from '@/lib/validation';
import { attendeeFilterSchema } from '@/features/exports/schema';
import { idempotencyKey } from '@/features/money/schema';

// Messages to attendees: the recipients are the attendee list's own filter
// (exports/schema.ts, payment status included).

export const ANNOUNCEMENT_KINDS = ['ANNOUNCEMENT', 'REGISTRATION'] as const;
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const texts = (max: number, multiline: boolean) => z.object({ fr: optionalText(max, { multiline }), en: optionalText(max, { multiline }), es: optionalText(max, { multiline }), pt: optionalText(max, { multiline }) }).strict();

const messageFields = {
  eventId: id,
  filter: attendeeFilterSchema,
  kind: z.enum(ANNOUNCEMENT_KINDS, { error: msg.required }),
  subject: texts(200, false),
  body: texts(10_000, true),
};

/** At least the event's first language must be written (checked against the event in the action). */
export const previewMessageSchema = z
  .object({ ...messageFields, previewReference: optionalText(40) })
  .strict();
export type PreviewMessageInput = z.input<typeof previewMessageSchema>;

export const sendMessageSchema = z.object({ ...messageFields, idempotencyKey }).strict();
export type SendMessageInput = z.input<typeof sendMessageSchema>;

export const optOutSchema = z.object({ optOut: z.boolean() }).strict();
