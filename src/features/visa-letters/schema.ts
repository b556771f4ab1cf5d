// Visa invitation letters: the forms' schemas (shared by client and server). Pure.
import { z } from 'zod';
import { LOCALES, type AppLocale } from '@/lib/i18n/locales';
import { msg, optionalText } from '@/lib/validation';
import { STATUSES as REGISTRATION_STATUSES } from '@/features/registrations/schema';

const id = z.string({ error: msg.invalid }).min(1).max(64);
export const TEMPLATE_MAX = 8000;

export const letterSettingsSchema = z.strictObject({
  eventId: id,
  templates: z
    .strictObject(Object.fromEntries(LOCALES.map((l) => [l, optionalText(TEMPLATE_MAX, { multiline: true })])) as Record<AppLocale, ReturnType<typeof optionalText>>)
    .transform((v) => Object.fromEntries(Object.entries(v).filter(([, text]) => text)) as Partial<Record<AppLocale, string>>),
  signatoryName: optionalText(120).transform((v) => v ?? ''),
  signatoryTitle: optionalText(160).transform((v) => v ?? ''),
  retentionDays: z
    .string({ error: msg.invalid })
    .regex(/^\d{1,4}$/, { error: 'visaLetters.retentionDays' })
    .transform(Number)
    .pipe(z.number().int().min(0, { error: 'visaLetters.retentionDays' }).max(3650, { error: 'visaLetters.retentionDays' })),
});
export type LetterSettingsInput = z.input<typeof letterSettingsSchema>;

export const IMAGE_KINDS = ['signature', 'logo'] as const;
export type ImageKind = (typeof IMAGE_KINDS)[number];
/** Upper bound of an uploaded image (checked on the client, again on the server). */
export const IMAGE_MAX_BYTES = 512 * 1024;

const imageFields = z.object({
  eventId: id,
  kind: z.enum(IMAGE_KINDS, { error: msg.invalid }),
  /** Absent: remove the image. */
  file: z.instanceof(Blob, { error: msg.invalid }).optional(),
});

/** The image form as a FormData: `eventId`, `kind` and `file` (none: remove). */
export const letterImageSchema = z.instanceof(FormData, { error: msg.invalid }).transform((fd, ctx) => {
  const file = fd.get('file');
  const parsed = imageFields.safeParse({ eventId: fd.get('eventId'), kind: fd.get('kind'), file: file instanceof Blob && file.size > 0 ? file : undefined });
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  return z.NEVER;
});

export const LETTER_STATES = ['requested', 'issued', 'revoked'] as const;
export type LetterState = (typeof LETTER_STATES)[number];

const opt = <T extends z.ZodType>(s: T) => s.optional().catch(undefined);
const country = z.string().regex(/^[A-Z]{2}$/);

/** The queue's filter (GET parameters, and the body of "issue all of this filter"). */
export const letterQueueFilterSchema = z.object({
  state: opt(z.enum(LETTER_STATES)),
  nationality: opt(country),
  country: opt(country),
  delegationId: opt(id),
  /** Default: APPROVED (only approved registrations can receive a letter by default). */
  status: opt(z.enum(REGISTRATION_STATUSES)),
  page: opt(z.string().regex(/^[1-9]\d{0,4}$/).transform(Number)),
});
export type LetterQueueFilter = z.output<typeof letterQueueFilterSchema>;

/** Issue one or several letters (explicit registration ids), or every requested one matching the filter. */
export const issueLettersSchema = z.union([
  z.strictObject({ eventId: id, registrationIds: z.array(id).min(1).max(500) }),
  z.strictObject({
    eventId: id,
    filter: z.strictObject({ nationality: country.optional(), country: country.optional(), delegationId: id.optional(), status: z.enum(REGISTRATION_STATUSES).optional() }),
  }),
]);
export type IssueLettersInput = z.input<typeof issueLettersSchema>;

export const revokeLetterSchema = z.strictObject({
  letterId: id,
  reason: z
    .string({ error: msg.required })
    .transform((v) => v.replace(/[\u0000-\u001F\u007F]/g, ' ').normalize('NFC').trim())
    .pipe(z.string().min(1, { error: msg.required }).max(500, { error: msg.tooLong(500) })),
});
export type RevokeLetterInput = z.input<typeof revokeLetterSchema>;
