// zod building blocks of the registration form (schema.ts). Pure.
import { z } from 'zod';
import { isCountryCode } from '@/lib/geo-codes';
import { msg } from '@/lib/validation';

const WALL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isRealDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
function isRealWallTime(value: string): boolean {
  return WALL_TIME.test(value) && isRealDay(value.slice(0, 10)) && Number(value.slice(11, 13)) < 24 && Number(value.slice(14, 16)) < 60;
}

export const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.literal(''), z.enum(values, { error: msg.invalid })], { error: msg.invalid }).optional();

export const requiredEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.literal(''), z.enum(values, { error: msg.invalid })], { error: msg.invalid }).refine((v) => v !== '', { error: msg.required });

export const countryField = z
  .string({ error: msg.required })
  .transform((v) => v.trim().toUpperCase())
  .pipe(z.string().min(1, { error: msg.required }).refine(isCountryCode, { error: 'country' }));

export const optionalCountry = z
  .string({ error: msg.invalid })
  .optional()
  .transform((v) => v?.trim().toUpperCase() ?? '')
  .refine((v) => v === '' || isCountryCode(v), { error: 'country' });

export const codeList = (allowed: (code: string) => boolean, max: number) =>
  z
    .array(z.string({ error: msg.invalid }).max(20, { error: msg.invalid }), { error: msg.invalid })
    .max(max, { error: `tooMany:${max}` })
    .refine((list) => list.every(allowed), { error: msg.invalid })
    .transform((list) => [...new Set(list)]);

export const optionalDate = (pattern: 'day' | 'wall') =>
  z
    .string({ error: msg.invalid })
    .optional()
    .transform((v) => v?.trim() ?? '')
    .refine((v) => v === '' || (pattern === 'day' ? isRealDay(v) : isRealWallTime(v)), { error: 'date' });
