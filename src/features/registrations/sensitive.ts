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
