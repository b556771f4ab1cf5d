// Creating and editing an event (secretariat). Pure: the form and the server share it.
import { z } from 'zod';
import { isCountryCode } from '@/lib/geo-codes';
import { LOCALES, type AppLocale } from '@/lib/i18n/locales';
import { msg, optionalText, requiredText } from '@/lib/validation';
import { PARTICIPANT_TYPES } from '@/features/registrations/schema';

export const EVENT_STATUSES = ['DRAFT', 'OPEN', 'CLOSED', 'ARCHIVED'] as const;

const WALL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const id = z.string().min(1).max(64);

/** The IANA zones the runtime knows (the form offers exactly these). */
export function timeZoneOptions(): string[] {
  return ['UTC', ...Intl.supportedValuesOf('timeZone')];
}
export function isSupportedTimeZone(value: string): boolean {
  return timeZoneOptions().includes(value);
}

const text = (max: number, multiline = false) =>
  z.strictObject(Object.fromEntries(LOCALES.map((l) => [l, optionalText(max, { multiline })])) as Record<AppLocale, ReturnType<typeof optionalText>>);

const day = z.string({ error: msg.required }).regex(DAY, { error: 'date' }).refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), { error: 'date' });
const wall = z.string({ error: msg.required }).regex(WALL, { error: 'date' });

export const eventFormSchema = z
  .strictObject({
    /** Set when editing; absent when creating. */
    eventId: id.optional(),
    /** "Start from an earlier rencontre" (create only): the event whose settings are copied. */
    copyFromId: z.string({ error: msg.invalid }).max(64).optional(),
    slug: z.string({ error: msg.required }).transform((v) => v.trim().toLowerCase()).pipe(z.string().min(3, { error: msg.tooShort(3) }).max(60, { error: msg.tooLong(60) }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'events.slug' }).refine((v) => v !== 'new', { error: 'events.slugTaken' })), // /staff/events/new is the creation page
    code: z.string({ error: msg.required }).transform((v) => v.trim().toUpperCase()).pipe(z.string().min(2, { error: msg.tooShort(2) }).max(12, { error: msg.tooLong(12) }).regex(/^[A-Z0-9]+$/, { error: 'events.code' })),
    title: text(200),
    description: text(5000, true),
    city: requiredText(100),
    country: z.string({ error: msg.required }).transform((v) => v.trim().toUpperCase()).pipe(z.string().refine(isCountryCode, { error: 'country' })),
    timeZone: z.string({ error: msg.required }).refine(isSupportedTimeZone, { error: 'events.timeZone' }),
    startDate: day,
    endDate: day,
    opensAt: wall,
    closesAt: wall,
    capacity: z.string({ error: msg.invalid }).max(7, { error: msg.invalid }).regex(/^\d*$/, { error: msg.invalid }),
    languages: z.array(z.enum(LOCALES, { error: msg.invalid }), { error: msg.invalid }).min(1, { error: 'chooseOne' }),
    requiresApproval: z.boolean({ error: msg.invalid }),
    participantTypes: z.array(z.enum(PARTICIPANT_TYPES, { error: msg.invalid }), { error: msg.invalid }).min(1, { error: 'chooseOne' }),
    currency: z.string({ error: msg.required }).transform((v) => v.trim().toUpperCase()).pipe(z.string().regex(/^[A-Z]{3}$/, { error: 'currency' })),
  })
  .superRefine((v, ctx) => {
    if (v.endDate < v.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'events.endBeforeStart' });
    if (v.closesAt < v.opensAt) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'closesBeforeOpens' });
    // A title in every language the event offers (the public pages show it in each).
    for (const l of v.languages) if (!v.title[l]) ctx.addIssue({ code: 'custom', path: ['title', l], message: 'events.titleRequired' });
  })
  .transform((v) => ({
    ...v,
    copyFromId: v.copyFromId || null,
    // Offered languages keep the app's order (fr first): the first is the event's primary language.
    languages: LOCALES.filter((l) => v.languages.includes(l)),
    participantTypes: PARTICIPANT_TYPES.filter((p) => v.participantTypes.includes(p)),
    capacity: v.capacity === '' ? null : Number(v.capacity),
    title: Object.fromEntries(Object.entries(v.title).filter(([, t]) => t)) as Partial<Record<AppLocale, string>>,
    description: Object.fromEntries(Object.entries(v.description).filter(([, t]) => t)) as Partial<Record<AppLocale, string>>,
  }));
export type EventFormInput = z.input<typeof eventFormSchema>;
export type EventFormValues = z.output<typeof eventFormSchema>;

/** Fields a form shows errors for (server errors on other paths go to the form alert). */
export const EVENT_FORM_FIELDS = ['slug', 'code', 'city', 'country', 'timeZone', 'startDate', 'endDate', 'opensAt', 'closesAt', 'capacity', 'languages', 'participantTypes', 'currency', 'copyFromId', ...LOCALES.map((l) => `title.${l}`)] as const;

export const setEventStatusSchema = z.strictObject({
  eventId: id,
  status: z.enum(EVENT_STATUSES, { error: msg.invalid }),
});
