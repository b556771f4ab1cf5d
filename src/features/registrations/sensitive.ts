import 'server-only';
import { decryptField, encryptField } from '@/lib/field-crypto';
import { dayString, dayValue } from '@/lib/zoned-time';

// Passport number and date of birth are stored encrypted (src/lib/field-crypto.ts)
// in `passportNumberEnc` / `dateOfBirthEnc`. Code above the database sees the
// plain `passportNumber` (string) and `dateOfBirth` (Date, UTC midnight), as
// before: `sealSensitive` on the way in, `openSensitive` on the way out.

export const PASSPORT_FIELD = 'passportNumber';
export const BIRTH_FIELD = 'dateOfBirth';

export type PlainSensitive = { passportNumber: string | null; dateOfBirth: Date | null };
export type SealedSensitive = { passportNumberEnc: string | null; dateOfBirthEnc: string | null };

export function sealSensitive(v: PlainSensitive): SealedSensitive {
  return {
    passportNumberEnc: v.passportNumber ? encryptField(v.passportNumber, PASSPORT_FIELD) : null,
    dateOfBirthEnc: v.dateOfBirth ? encryptField(dayString(v.dateOfBirth), BIRTH_FIELD) : null,
  };
}

/** Replaces the sealed columns of a row by their plain values. */
export function openSensitive<T extends Partial<SealedSensitive>>(row: T): Omit<T, keyof SealedSensitive> & PlainSensitive {
  const { passportNumberEnc, dateOfBirthEnc, ...rest } = row;
  return {
    ...rest,
    passportNumber: passportNumberEnc ? decryptField(passportNumberEnc, PASSPORT_FIELD) : null,
    dateOfBirth: dateOfBirthEnc ? dayValue(decryptField(dateOfBirthEnc, BIRTH_FIELD)) : null,
  };
}

// Drafts (RegistrationDraft.data, JSON) hold the form's values as typed: the
// passport number and date of birth are sealed there too, under `<key>Enc`.
const DRAFT_KEYS = [PASSPORT_FIELD, BIRTH_FIELD] as const;

export function sealDraftValues(values: Record<string, unknown>): Record<string, unknown> {
  const out = { ...values };
  for (const key of DRAFT_KEYS) {
    if (!(key in out)) continue;
    const value = out[key];
    delete out[key];
    out[`${key}Enc`] = typeof value === 'string' && value !== '' ? encryptField(value, `draft.${key}`) : null;
  }
  return out;
}

/** A value that no longer opens (its key was retired) is dropped: the delegate types it again. */
export function openDraftValues(data: unknown): unknown {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return data;
  const out: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  for (const key of DRAFT_KEYS) {
    const sealed = out[`${key}Enc`];
    delete out[`${key}Enc`];
    if (typeof sealed !== 'string') continue;
    try {
      out[key] = decryptField(sealed, `draft.${key}`);
    } catch {
      /* dropped */
    }
  }
  return out;
}
