// Zod schemas of the programme forms: the client form and the server action use the same one.
import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/locales';
import { isCountryCode, isLanguageCode } from '@/lib/geo-codes';
import { intField, msg, optionalIntField, optionalText, requiredText } from '@/lib/validation';
import { eligibilitySchema } from './eligibility';

export const SESSION_KINDS = ['PLENARY', 'WORKSHOP', 'CAUCUS', 'CONTINENTAL', 'FIELD_VISIT', 'SOCIAL'] as const;
export type SessionKindValue = (typeof SESSION_KINDS)[number];

const id = z.string({ error: msg.invalid }).min(1, { error: msg.invalid }).max(64, { error: msg.invalid });
/** '' (the "none" option) becomes null. */
const optionalId = z
  .string({ error: msg.invalid })
  .max(64, { error: msg.invalid })
  .nullable()
  .transform((v) => v || null);

/** Integers typed in a text box, parsed strictly (lib/validation). */
const optionalInt = optionalIntField;
const requiredInt = intField;

/** `{ fr, en, es, pt }`; empty languages are dropped (the event's first language is the fallback). */
function multilingual(max: number, { required, multiline = false }: { required: boolean; multiline?: boolean }) {
  const shape = Object.fromEntries(LOCALES.map((l) => [l, optionalText(max, { multiline })])) as Record<(typeof LOCALES)[number], ReturnType<typeof optionalText>>;
  return z
    .object(shape)
    .strict()
    .superRefine((value, ctx) => {
      if (required && !LOCALES.some((l) => value[l])) ctx.addIssue({ code: 'custom', message: 'programme.oneLanguage', path: [LOCALES[0]] });
    })
    .transform((value) => Object.fromEntries(LOCALES.filter((l) => value[l]).map((l) => [l, value[l]!])) as Partial<Record<(typeof LOCALES)[number], string>>);
}

const languageList = z.array(z.string().refine(isLanguageCode, { error: msg.invalid }), { error: msg.invalid }).max(20, { error: msg.invalid }).transform((list) => [...new Set(list)]);

export const roomSchema = z
  .object({
    eventId: id,
    id: id.optional(),
    name: requiredText(120),
    capacity: requiredInt(1, 100_000),
    interpretationBooths: requiredInt(0, 20),
    location: optionalText(200),
  })
  .strict();
export type RoomInput = z.input<typeof roomSchema>;

export const trackSchema = z
  .object({
    eventId: id,
    id: id.optional(),
    name: multilingual(120, { required: true }),
    color: z.string({ error: msg.invalid }).regex(/^#[0-9a-fA-F]{6}$/, { error: msg.invalid }),
  })
  .strict();
export type TrackInput = z.input<typeof trackSchema>;

export const deleteSchema = z.object({ eventId: id, id }).strict();

export const speakerSchema = z
  .object({
    name: requiredText(120),
    organization: optionalText(160),
    country: z
      .string({ error: msg.invalid })
      .optional()
      .transform((v) => (v ? v.toUpperCase() : undefined))
      .pipe(z.string().refine(isCountryCode, { error: msg.invalid }).optional()),
    role: z.enum(['SPEAKER', 'MODERATOR'], { error: msg.invalid }),
  })
  .strict();

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

export const sessionSchema = z
  .object({
    eventId: id,
    id: id.optional(),
    kind: z.enum(SESSION_KINDS, { error: msg.required }),
    trackId: optionalId,
    roomId: optionalId,
    title: multilingual(200, { required: true }),
    description: multilingual(5000, { required: false, multiline: true }),
    date: z.string({ error: msg.required }).regex(DATE_RE, { error: msg.required }),
    startTime: z.string({ error: msg.required }).regex(TIME_RE, { error: msg.required }),
    endTime: z.string({ error: msg.required }).regex(TIME_RE, { error: msg.required }),
    /** Blank: the room's capacity (unlimited without a room). */
    capacity: optionalInt(1, 100_000),
    workingLanguages: languageList.pipe(z.array(z.string()).min(1, { error: 'programme.oneWorkingLanguage' })),
    interpretationLanguages: languageList,
    eligibility: eligibilitySchema,
    speakers: z.array(speakerSchema, { error: msg.invalid }).max(30, { error: msg.invalid }),
    /** Set when the organizer saw the conflicts and saves anyway. */
    confirmConflicts: z.boolean().default(false),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (TIME_RE.test(value.startTime) && TIME_RE.test(value.endTime) && value.endTime <= value.startTime) {
      ctx.addIssue({ code: 'custom', message: 'programme.endAfterStart', path: ['endTime'] });
    }
  });
export type SessionInput = z.input<typeof sessionSchema>;
export type SessionValues = z.output<typeof sessionSchema>;

/** Public programme filters (GET query): anything unknown is ignored, never an error. */
export const programmeFiltersSchema = z.object({
  day: z.string().regex(DATE_RE).optional().catch(undefined),
  track: z.string().max(64).optional().catch(undefined),
  kind: z.enum(SESSION_KINDS).optional().catch(undefined),
  lang: z.string().refine(isLanguageCode).optional().catch(undefined),
});
export type ProgrammeFilters = z.infer<typeof programmeFiltersSchema>;

/** `locale`: the page's language, to name a clashing session in it. */
export const enrolSchema = z.object({ sessionId: id, locale: z.enum(LOCALES).optional() }).strict();
