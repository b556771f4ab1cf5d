import 'server-only';
import { dictionary } from '@zxcvbn-ts/language-common';

// ~49,000 most common passwords (zxcvbn-ts' list), compared case-insensitively.
// Server-only: the list is too large to ship to a phone.
let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  const lower = password.toLowerCase();
  if (common.has(lower)) return true;
  // A single repeated character or a plain run of digits is as weak as a listed one.
  return /^(.)\1*$/.test(lower) || /^\d+$/.test(lower);
}
