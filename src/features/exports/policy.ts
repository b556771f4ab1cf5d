import type { Role } from '@/lib/db-types';
import { SENSITIVE_COLUMNS, type ColumnKey } from './columns';

// Pure rules for exports (unit-tested as a matrix in policy.test.ts).

/** Attendee lists, sign-in sheets, logistics and rosters: staff only. */
export function canExport(role: Role | null | undefined): boolean {
  return role === 'ORGANIZER' || role === 'SECRETARIAT';
}

/** Passport, date of birth, nationality: the secretariat only. */
export function canExportSensitive(role: Role | null | undefined): boolean {
  return role === 'SECRETARIAT';
}

/** The requested columns this role may not have (empty: all allowed). */
export function forbiddenColumns(role: Role | null | undefined, columns: readonly ColumnKey[]): ColumnKey[] {
  if (canExportSensitive(role)) return [];
  return columns.filter((c) => SENSITIVE_COLUMNS.includes(c));
}

/** The columns offered in the dialog for this role. */
export function offeredColumns<T extends { key: ColumnKey; sensitive: boolean }>(role: Role, columns: readonly T[]): T[] {
  return columns.filter((c) => !c.sensitive || canExportSensitive(role));
}
