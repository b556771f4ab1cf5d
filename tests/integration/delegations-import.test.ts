import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { db } from '@/lib/db';
import { commitImport, inviteMember, previewImport, type ImportResult } from '@/features/delegations/actions';
import { exportMembers } from '@/features/delegations/export-service';
import { actAs } from './helpers/session';
import { uniqueEmail } from '../factories';
import { createHeadedDelegation, csvFile, importForm } from '../factories/delegations';

function preview(result: Awaited<ReturnType<typeof previewImport>>) {
  if (!result.ok) throw new Error(`action failed: ${result.code}`);
  const data: ImportResult = result.data;
  if (!data.ok) throw new Error(`file problem: ${data.problem}`);
  return data.preview;
}

describe('member import', () => {
  it('malformed rows: exact per-row report, preview writes nothing, commit imports only the valid rows in one go', async () => {
    const { head, delegation } = await createHeadedDelegation({ quota: 6 });
    actAs(head);
    const existing = uniqueEmail('existing');
    expect((await inviteMember({ delegationId: delegation.id, member: { firstName: 'Déjà', lastName: 'Là', email: existing } })).ok).toBe(true);
    const ok1 = uniqueEmail('ok1');
    const ok2 = uniqueEmail('ok2');
    const ok3 = uniqueEmail('ok3');
    const formula = uniqueEmail('formula');
    const rows = [
      ['prénom', 'Nom', 'Courriel', 'organisation', 'pays', 'langue', 'notes'],
      ['Mame Diarra', 'Guèye', ok1, 'Réseau des femmes', 'sn', 'fr', 'x'], // 2 ok
      ['Jean', 'Tremblay', 'not-an-email', '', '', '', ''], // 3 bad e-mail
      ['', 'Sans prénom', uniqueEmail('noname'), '', '', '', ''], // 4 missing first name
      ['Mame', 'Doublon', ok1.toUpperCase(), '', '', '', ''], // 5 duplicate of row 2 (case-insensitive)
      ['=HYPERLINK("http://evil.example","x")', '+Cmd', formula, '@SUM(A1)', '', 'en', ''], // 6 formula-like text: valid names, kept as text
      ['Déjà', 'Invitée', existing, '', '', '', ''], // 7 already invited
      ['Li', '王', ok2, '', 'CN', 'pt', ''], // 8 ok
      ['Ana', 'Bad country', uniqueEmail('badc'), '', 'ZZ', '', ''], // 9 bad country
      ['Ana', 'Bad language', uniqueEmail('badl'), '', '', 'de', ''], // 10 bad language
      ['', '', '', '', '', '', ''], // 11 empty row: skipped
      ['Aïcha', 'Ndiaye', ok3, '', '', '', ''], // 12 ok
      ['Over', 'Quota', uniqueEmail('over'), '', '', '', ''], // 13 room = 6 - 1 pending = 5 -> ok (5th)
      ['Over', 'Quota2', uniqueEmail('over2'), '', '', '', ''], // 14 over quota
    ];
    const file = csvFile(rows);
    const before = await db.delegationInvite.count({ where: { delegationId: delegation.id } });
    const p = preview(await previewImport(importForm(delegation.id, file)));
    expect(await db.delegationInvite.count({ where: { delegationId: delegation.id } })).toBe(before);
    expect(p.total).toBe(12);
    expect(p.counts).toEqual({ ok: 5, invalid: 4, duplicateInFile: 1, alreadyInvited: 1, overQuota: 1 });
    expect(p.unknownColumns).toEqual(['notes']);
    const byLine = Object.fromEntries(p.problems.map((r) => [r.line, r]));
    expect(Object.keys(byLine).map(Number)).toEqual([3, 4, 5, 7, 9, 10, 14]);
    expect(byLine[3]).toMatchObject({ issue: 'invalid', errors: { email: ['email'] } });
    expect(byLine[4]).toMatchObject({ issue: 'invalid', errors: { firstName: ['required'] } });
    expect(byLine[5]).toMatchObject({ issue: 'duplicateInFile' });
    expect(byLine[7]).toMatchObject({ issue: 'alreadyInvited' });
    expect(byLine[9]).toMatchObject({ issue: 'invalid', errors: { country: ['country'] } });
    expect(byLine[10]).toMatchObject({ issue: 'invalid', errors: { language: ['delegations.language'] } });
    expect(byLine[14]).toMatchObject({ issue: 'overQuota' });

    // Commit needs the previewed file's hash; another file is refused and writes nothing.
    const other = csvFile(rows.slice(0, 3));
    expect(await commitImport(importForm(delegation.id, other, p.fileHash))).toMatchObject({ ok: false, code: 'CONFLICT' });
    const done = preview(await commitImport(importForm(delegation.id, file, p.fileHash)));
    expect(done.imported).toBe(5);
    const invites = await db.delegationInvite.findMany({ where: { delegationId: delegation.id }, orderBy: { createdAt: 'asc' } });
    expect(invites).toHaveLength(6);
    const f = invites.find((i) => i.email === formula)!;
    expect(f).toMatchObject({ firstName: '=HYPERLINK("http://evil.example","x")', lastName: '+Cmd' });
    expect(f.prefill).toMatchObject({ organization: '@SUM(A1)' });
    expect(invites.find((i) => i.email === ok2)!.prefill).toMatchObject({ country: 'CN', lastName: '王' });
    // One e-mail per imported row, in the row's language; each with a personal link.
    const mails = await db.emailOutbox.findMany({ where: { template: 'delegations.invite', to: { in: invites.map((i) => i.email) } } });
    expect(mails).toHaveLength(6);
    expect(mails.find((m) => m.to === formula)!.locale).toBe('en');
    expect(mails.find((m) => m.to === ok2)!.locale).toBe('pt');
    expect(new Set(mails.map((m) => m.text.match(/invitations\/(\S+)/)?.[1])).size).toBe(6);
    // The export keeps the formula-like names as text, neutralised.
    const csv = await (await exportMembers(delegation.id, new URLSearchParams('format=csv&locale=en'))).text();
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv).toContain("'+Cmd");
    // A second commit of the same file imports nothing more (all already invited now).
    const again = preview(await previewImport(importForm(delegation.id, file)));
    expect(again.counts.ok).toBe(0);
  });

  it('nothing is half-imported: a conflicting invitation made between preview and commit aborts the whole import', async () => {
    const { head, delegation } = await createHeadedDelegation({ quota: 100 });
    actAs(head);
    const emails = Array.from({ length: 30 }, (_, i) => uniqueEmail(`batch${i}`));
    const file = csvFile([['firstName', 'lastName', 'email'], ...emails.map((e, i) => [`Prénom ${i}`, `Nom ${i}`, e])]);
    const p = preview(await previewImport(importForm(delegation.id, file)));
    expect(p.counts.ok).toBe(30);
    // Simulate a concurrent invitation of row 20 landing between re-validation and the insert.
    await db.delegationInvite.create({ data: { delegationId: delegation.id, email: emails[19]!, firstName: 'Concurrent', lastName: 'Invite' } });
    const { importMembers } = await import('@/features/delegations/invites/mutations');
    const { memberRowSchema } = await import('@/features/delegations/schema');
    const rows = emails.map((e, i) => memberRowSchema.parse({ firstName: `Prénom ${i}`, lastName: `Nom ${i}`, email: e }));
    await expect(importMembers({ id: head.id, name: head.name, locale: 'fr' }, { id: delegation.id, name: delegation.name, event: { id: delegation.eventId, slug: 'x', title: {}, languages: ['fr'] } }, rows)).rejects.toMatchObject({ code: 'P2002' });
    expect(await db.delegationInvite.count({ where: { delegationId: delegation.id } })).toBe(1);
    expect(await db.emailOutbox.count({ where: { to: { in: emails }, template: 'delegations.invite' } })).toBe(0);
    // Through the action the same situation answers CONFLICT... after re-validation the row is reported instead.
    const after = preview(await commitImport(importForm(delegation.id, file, p.fileHash)));
    expect(after.imported).toBe(29);
    expect(after.problems).toEqual([expect.objectContaining({ line: 21, issue: 'alreadyInvited' })]);
  });

  it('2,000 rows (XLSX, with formula cells and bad rows): exact report, all valid rows imported in one transaction', async () => {
    const { head, delegation } = await createHeadedDelegation({ quota: 2_500 });
    actAs(head);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Membres');
    sheet.addRow(['First name', 'Last name', 'E-mail', 'Organization']);
    const tag = uniqueEmail('x').split('@')[0];
    for (let i = 0; i < 2000; i++) {
      if (i % 100 === 7) sheet.addRow([`Bad ${i}`, 'Row', `bad-${i}-at-example`, '']);
      else if (i % 100 === 9) sheet.addRow(['', `Nameless ${i}`, `${tag}-${i}@test.rencontre.example`, '']);
      else sheet.addRow([`Prénom ${i}`, `Nom ${i}`, `${tag}-${i}@test.rencontre.example`, 'Coopérative']);
    }
    // A real formula cell: read as its text, never evaluated.
    sheet.getCell('A2002').value = { formula: 'HYPERLINK("http://evil.example","x")', result: 'x' } as ExcelJS.CellFormulaValue;
    sheet.getCell('B2002').value = 'Formule';
    sheet.getCell('C2002').value = `${tag}-formula@test.rencontre.example`;
    const bytes = await workbook.xlsx.writeBuffer();
    const file = new File([bytes], 'membres.xlsx');
    const started = Date.now();
    const p = preview(await previewImport(importForm(delegation.id, file)));
    const previewMs = Date.now() - started;
    expect(p.total).toBe(2001);
    expect(p.counts).toEqual({ ok: 1961, invalid: 40, duplicateInFile: 0, alreadyInvited: 0, overQuota: 0 });
    expect(p.problems.filter((r) => r.errors?.email)).toHaveLength(20);
    expect(p.problems.filter((r) => r.errors?.firstName)).toHaveLength(20);
    expect(p.problems[0]).toMatchObject({ line: 9, issue: 'invalid', errors: { email: ['email'] } });
    const t0 = Date.now();
    const done = preview(await commitImport(importForm(delegation.id, file, p.fileHash)));
    const commitMs = Date.now() - t0;
    expect(done.imported).toBe(1961);
    expect(await db.delegationInvite.count({ where: { delegationId: delegation.id } })).toBe(1961);
    const f = await db.delegationInvite.findFirstOrThrow({ where: { delegationId: delegation.id, email: `${tag}-formula@test.rencontre.example` } });
    expect(f.firstName).toBe('=HYPERLINK("http://evil.example","x")');
    console.info(`[import] 2,000 rows: preview ${previewMs} ms, commit ${commitMs} ms`);
  }, 240_000);

  it('file-level problems are reported, not thrown', async () => {
    const { head, delegation } = await createHeadedDelegation();
    actAs(head);
    const run = async (file: File) => {
      const r = await previewImport(importForm(delegation.id, file));
      if (!r.ok) throw new Error(r.code);
      return r.data;
    };
    expect(await run(new File([''], 'e.csv'))).toEqual({ ok: false, problem: 'empty' });
    expect(await run(csvFile([['name', 'phone'], ['a', 'b']]))).toEqual({ ok: false, problem: 'missingColumns', missing: ['firstName', 'lastName', 'email'] });
    expect(await run(new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0])], 'old.xls'))).toEqual({ ok: false, problem: 'unsupported' });
    expect(await run(new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])], 'broken.xlsx'))).toEqual({ ok: false, problem: 'unsupported' });
    expect(await run(new File(['x'.repeat(1_000_001)], 'big.csv'))).toEqual({ ok: false, problem: 'tooLarge' });
    // Semicolons and Windows-1252 (an old French spreadsheet) are read correctly.
    const latin1 = new Uint8Array([...Buffer.from('prénom;nom;email\r\n', 'latin1'), ...Buffer.from(`Hélène;Côté;${uniqueEmail('h')}\r\n`, 'latin1')]);
    const data = await run(new File([latin1], 'fr.csv'));
    expect(data.ok && data.preview.sample[0]).toMatchObject({ firstName: 'Hélène', lastName: 'Côté' });
  });
});
