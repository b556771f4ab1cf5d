import { describe, expect, it } from 'vitest';
import { COLUMNS, SENSITIVE_COLUMNS } from './columns';
import { canExport, canExportSensitive, forbiddenColumns, offeredColumns } from './policy';

describe('export policy', () => {
  it.each([
    ['DELEGATE', false, false],
    ['ORGANIZER', true, false],
    ['SECRETARIAT', true, true],
    [null, false, false],
  ] as const)('%s: export %s, sensitive %s', (role, exportAllowed, sensitive) => {
    expect(canExport(role)).toBe(exportAllowed);
    expect(canExportSensitive(role)).toBe(sensitive);
  });

  it('marks passport, date of birth and nationality sensitive', () => {
    expect([...SENSITIVE_COLUMNS].sort()).toEqual(['dateOfBirth', 'nationality', 'passportExpiry', 'passportNumber']);
  });

  it('refuses sensitive columns to an organizer, not to the secretariat', () => {
    expect(forbiddenColumns('ORGANIZER', ['lastName', 'passportNumber', 'dateOfBirth'])).toEqual(['passportNumber', 'dateOfBirth']);
    expect(forbiddenColumns('SECRETARIAT', ['lastName', 'passportNumber'])).toEqual([]);
    expect(forbiddenColumns('ORGANIZER', ['lastName', 'email'])).toEqual([]);
  });

  it('offers sensitive columns only to the secretariat', () => {
    expect(offeredColumns('ORGANIZER', COLUMNS).some((c) => c.sensitive)).toBe(false);
    expect(offeredColumns('SECRETARIAT', COLUMNS)).toHaveLength(COLUMNS.length);
  });
});
