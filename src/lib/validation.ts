import { z } from 'zod';

// Message keys and their parsing live in validation-messages.ts (no zod: client forms import it).
import { msg } from './validation-messages';

export { msg, parseMessage } from './validation-messages';

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

/*
 * Integers, parsed strictly: a JS integer, or a string of decimal digits
 * (surrounding spaces from a text box allowed). Never an array ([7]), a
 * boolean (true), hex ("0x8"), an exponent ("1e3"), a fraction ("7.0") or
 * anything else `Number()`/`z.coerce` would quietly turn into a number.
 */
const DIGITS = /^-?\d{1,15}$/;

function toStrictInt(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? v : Number.NaN;
  if (typeof v === 'string' && DIGITS.test(v.trim())) return Number(v.trim());
  return Number.NaN;
}

/** A required integer in [min, max]. */
export function intField(min: number, max: number) {
  return z
    .union([z.number(), z.string()], { error: msg.invalid })
    .transform((v, ctx) => {
      if (v === '') {
        ctx.addIssue({ code: 'custom', message: msg.required });
        return z.NEVER;
      }
      return toStrictInt(v);
    })
    .pipe(z.number({ error: msg.invalid }).int({ error: msg.invalid }).min(min, { error: `min:${min}` }).max(max, { error: `max:${max}` }));
}

/** An optional integer in [min, max]: '' and undefined become undefined. */
export function optionalIntField(min: number, max: number) {
  return z
    .union([z.number(), z.string()], { error: msg.invalid })
    .optional()
    .transform((v) => (v === undefined || v === '' ? undefined : toStrictInt(v)))
    .pipe(z.number({ error: msg.invalid }).int({ error: msg.invalid }).min(min, { error: `min:${min}` }).max(max, { error: `max:${max}` }).optional());
}

/** A page number from a search param: anything but plain digits in range is page 1 (undefined). */
export const pageParam = z
  .unknown()
  .transform((v) => {
    const n = typeof v === 'string' && /^\d{1,5}$/.test(v) ? Number(v) : Number.NaN;
    return n >= 1 && n <= 10_000 ? n : undefined;
  })
  .optional();

/** decodeURIComponent that answers null for a malformed escape ('%', '%E0%A4%A') instead of throwing (a 500). */
export function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
