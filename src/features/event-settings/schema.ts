// Per-event registration settings (secretariat). Pure: form and server share it.
import { z } from 'zod';
import { LOCALES, type AppLocale } from '@/lib/i18n/locales';
import { msg, optionalText, requiredText } from '@/lib/validation';
import { QUESTION_TYPES, type QuestionOption } from '@/features/registrations/questions';
import { PARTICIPANT_TYPES } from '@/features/registrations/schema';

const WALL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const wallTime = z.string({ error: msg.required }).regex(WALL, { error: 'date' });
const id = z.string().min(1).max(64);

/** One text per language, each optional, at least one given. */
const localizedText = (max: number, multiline = false) =>
  z
    .strictObject(Object.fromEntries(LOCALES.map((l) => [l, optionalText(max, { multiline })])) as Record<AppLocale, ReturnType<typeof optionalText>>)
    .transform((v) => Object.fromEntries(Object.entries(v).filter(([, text]) => text)) as Partial<Record<AppLocale, string>>);

const requiredLocalized = (max: number) =>
  localizedText(max).refine((v) => Object.keys(v).length > 0, { error: 'labelRequired', path: ['fr'] });

export const registrationSettingsSchema = z
  .strictObject({
    eventId: id,
    opensAt: wallTime,
    closesAt: wallTime,
    capacity: z.string({ error: msg.invalid }).max(7, { error: msg.invalid }).regex(/^\d*$/, { error: msg.invalid }),
    requiresApproval: z.boolean({ error: msg.invalid }),
    participantTypes: z.array(z.enum(PARTICIPANT_TYPES, { error: msg.invalid })).min(1, { error: 'chooseOne' }),
    privacyNotice: localizedText(5000, true),
    privacyNoticeVersion: requiredText(40),
  })
  .superRefine((v, ctx) => {
    if (v.closesAt <= v.opensAt) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'closesBeforeOpens' });
  })
  .transform((v) => ({ ...v, capacity: v.capacity === '' ? null : Number(v.capacity), participantTypes: [...new Set(v.participantTypes)] }));
export type RegistrationSettingsInput = z.input<typeof registrationSettingsSchema>;

export const feeCategorySchema = z.strictObject({
  eventId: id,
  id: id.optional(),
  code: z.string({ error: msg.required }).transform((v) => v.trim().toUpperCase()).pipe(z.string().min(1, { error: msg.required }).max(20, { error: msg.tooLong(20) }).regex(/^[A-Z0-9_]+$/, { error: 'code' })),
  label: requiredLocalized(100),
  /** Who qualifies, how and when to pay; shown beside the choice in the registration form. */
  description: localizedText(1000, true).optional(),
  amount: z.string({ error: msg.required }).regex(/^\d{1,9}(\.\d{1,3})?$/, { error: 'amount' }),
  currency: z.string({ error: msg.required }).transform((v) => v.trim().toUpperCase()).pipe(z.string().regex(/^[A-Z]{3}$/, { error: 'currency' })),
  active: z.boolean({ error: msg.invalid }),
});
export type FeeCategoryInput = z.input<typeof feeCategorySchema>;

/** "value | fr | en | es | pt" per line -> options; blank lines ignored. */
export function parseOptionLines(text: string): QuestionOption[] {
  return text
    .split('\n')
    .map((line) => line.split('|').map((part) => part.trim()))
    .filter((parts) => parts[0])
    .map(([value, ...labels]) => ({ value: value!, label: Object.fromEntries(LOCALES.map((l, i) => [l, labels[i] ?? '']).filter(([, t]) => t)) }));
}

export function formatOptionLines(options: QuestionOption[]): string {
  return options.map((o) => [o.value, ...LOCALES.map((l) => o.label[l] ?? '')].join(' | ').replace(/( \| )+$/, '')).join('\n');
}

export const questionSchema = z
  .strictObject({
    eventId: id,
    id: id.optional(),
    key: z.string({ error: msg.required }).transform((v) => v.trim()).pipe(z.string().min(1, { error: msg.required }).max(40, { error: msg.tooLong(40) }).regex(/^[a-z][a-z0-9_]*$/, { error: 'key' })),
    type: z.enum(QUESTION_TYPES, { error: msg.invalid }),
    label: requiredLocalized(300),
    required: z.boolean({ error: msg.invalid }),
    options: z.string({ error: msg.invalid }).max(5000, { error: msg.tooLong(5000) }),
    showIfKey: z.string({ error: msg.invalid }).max(40).optional(),
    showIfValue: optionalText(100),
  })
  .transform((v) => ({ ...v, options: v.type === 'CHOICE' || v.type === 'MULTI_CHOICE' ? parseOptionLines(v.options) : [], showIfKey: v.showIfKey || null, showIfValue: v.showIfKey ? (v.showIfValue ?? null) : null }))
  .superRefine((v, ctx) => {
    if ((v.type === 'CHOICE' || v.type === 'MULTI_CHOICE') && v.options.length === 0) ctx.addIssue({ code: 'custom', path: ['options'], message: 'optionsRequired' });
    if (v.options.some((o) => !/^[a-z0-9_-]{1,40}$/i.test(o.value))) ctx.addIssue({ code: 'custom', path: ['options'], message: msg.invalid });
    if (new Set(v.options.map((o) => o.value)).size !== v.options.length) ctx.addIssue({ code: 'custom', path: ['options'], message: msg.invalid });
    if (v.showIfKey && v.showIfKey === v.key) ctx.addIssue({ code: 'custom', path: ['showIfKey'], message: 'unknownQuestion' });
    if (v.showIfKey && !v.showIfValue) ctx.addIssue({ code: 'custom', path: ['showIfValue'], message: msg.required });
  });
export type QuestionInput = z.input<typeof questionSchema>;

export const deleteQuestionSchema = z.strictObject({ eventId: id, id });
