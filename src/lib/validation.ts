import { z } from 'zod';

/**
 * Shared zod building blocks. Messages are translation keys of the
 * `validation` namespace, optionally with one numeric parameter after a colon
 * (`tooLong:200`); `<FieldError>` translates them. Any message that is not a
 * known key (zod's own, for a request crafted outside the form) shows as
 * `validation.invalid`.
 */
export const msg = {
  required: 'required',
  tooLong: (max: number) => `tooLong:${max}`,
  tooShort: (min: number) => `tooShort:${min}`,
  email: 'email',
  invalid: 'invalid',
} as const;

/** Strips control characters (but keeps newlines where allowed) and trims. */
function clean(value: string, multiline: boolean): string {
  const controls = multiline ? /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F]/g : /[\u0000-\u001F\u007F]/g;
  return value.replace(controls, '').normalize('NFC').trim();
}

/** A required single-line text of at most `max` characters. */
export function requiredText(max: number) {
  return z
    .string({ error: msg.required })
    .transform((v) => clean(v, false))
    .pipe(z.string().min(1, { error: msg.required }).max(max, { error: msg.tooLong(max) }));
}

/** An optional text; '' becomes undefined. */
export function optionalText(max: number, { multiline = false } = {}) {
  return z
    .string({ error: msg.invalid })
    .optional()
    .transform((v) => (v === undefined ? undefined : clean(v, multiline) || undefined))
    .pipe(z.string().max(max, { error: msg.tooLong(max) }).optional());
}

export const emailField = z
  .string({ error: msg.required })
  .transform((v) => v.trim().toLowerCase())
  .pipe(z.string().min(1, { error: msg.required }).max(254, { error: msg.tooLong(254) }).email({ error: msg.email }));

/** Parses a validation message into its key and parameter. */
export function parseMessage(message: string): { key: string; n?: number } {
  const [key, param] = message.split(':');
  return param === undefined ? { key } : { key, n: Number(param) };
}
