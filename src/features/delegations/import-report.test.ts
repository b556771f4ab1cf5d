import { describe, expect, it } from 'vitest';
import { buildImportReport, mapHeaders } from './import-report';

const rec = (line: number, firstName: string, lastName: string, email: string) => ({ line, values: { firstName, lastName, email } });

describe('import report', () => {
  it('maps headers in four languages, ignoring case and accents; reports missing and unknown columns', () => {
    expect(mapHeaders(['Prénom', 'NOM', 'Courriel', 'Pays', 'Idioma', 'Téléphone']).columns).toEqual(['firstName', 'lastName', 'email', 'country', 'language', null]);
    expect(mapHeaders(['Nombre', 'Apellidos', 'Correo electrónico'])).toMatchObject({ missing: [], unknown: [] });
    expect(mapHeaders(['Sobrenome', 'email', 'email', 'x'])).toEqual({ columns: ['lastName', 'email', null, null], missing: ['firstName'], unknown: ['email', 'x'] });
  });

  it('one issue per row, in order: invalid, duplicate in file, already invited, over the quota', () => {
    const report = buildImportReport(
      [rec(2, 'A', 'B', 'a@x.org'), rec(3, 'C', 'D', 'bad'), rec(4, 'E', 'F', 'A@X.ORG'), rec(5, 'G', 'H', 'known@x.org'), rec(6, 'I', 'J', 'i@x.org'), rec(7, 'K', 'L', 'k@x.org')],
      new Set(['known@x.org']),
      2,
    );
    expect(report.rows.map((r) => [r.line, r.issue])).toEqual([[2, null], [3, 'invalid'], [4, 'duplicateInFile'], [5, 'alreadyInvited'], [6, null], [7, 'overQuota']]);
    expect(report.valid.map((v) => v.email)).toEqual(['a@x.org', 'i@x.org']);
    expect(report.counts).toEqual({ ok: 2, invalid: 1, duplicateInFile: 1, alreadyInvited: 1, overQuota: 1 });
    expect(report.rows[1]!.errors).toEqual({ email: ['email'] });
  });
});
