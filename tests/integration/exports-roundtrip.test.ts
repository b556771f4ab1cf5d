// An export of hostile and non-Latin values, parsed back, equals the source
// (text cells neutralised as documented: a leading ' before = + - @ tab CR).
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { GET } from '@/app/api/exports/[slug]/attendees/route';
import { neutraliseCell, xlsxText } from '@/lib/cells';
import { actAs } from './helpers/session';
import { createEvent, createUser } from '../factories';
import { createAttendees, HOSTILE_ATTENDEES } from '../factories/exports';

const TEXT_COLUMNS = ['reference', 'lastName', 'firstName', 'organization', 'organizationRole', 'city', 'dietaryNotes', 'accessibilityNotes'] as const;
const SOURCE_FIELD = { reference: 'referenceNumber', lastName: 'lastName', firstName: 'firstName', organization: 'organization', organizationRole: 'organizationRole', city: 'city', dietaryNotes: 'dietaryNotes', accessibilityNotes: 'accessibilityNotes' } as const;

let slug = '';
let rows: Record<string, string | null | undefined>[] = [];

async function download(query: string) {
  const response = await GET(new Request(`http://test/api/exports/${slug}/attendees?${query}`), { params: Promise.resolve({ slug }) });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

beforeAll(async () => {
  const event = await createEvent();
  slug = event.slug;
  const input = HOSTILE_ATTENDEES.map((r, i) => ({ ...r, referenceNumber: `RT-${i}` }));
  await createAttendees(event.id, input);
  rows = input.map((r) => ({ ...r }) as unknown as Record<string, string | null | undefined>);
  actAs(await createUser({ role: 'SECRETARIAT' }));
});

const expected = (row: Record<string, string | null | undefined>, column: (typeof TEXT_COLUMNS)[number]) => neutraliseCell(row[SOURCE_FIELD[column]] ?? '');

describe('attendee export round trip', () => {
  it('CSV: UTF-8 with BOM, parsed back equals the source', async () => {
    const { response, body } = await download(`format=csv&columns=${TEXT_COLUMNS.join(',')}&locale=en`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('text/csv');
    expect(response.headers.get('X-Export-Rows')).toBe(String(rows.length));
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = parse(body.toString('utf8'), { bom: true }) as string[][];
    expect(parsed[0]).toEqual(['Reference', 'Last name', 'First name', 'Organisation', 'Role', 'City', 'Dietary notes', 'Accessibility notes']);
    expect(parsed).toHaveLength(rows.length + 1);
    parsed.slice(1).forEach((cells, i) => {
      expect(cells).toEqual(TEXT_COLUMNS.map((c) => expected(rows[i], c)));
    });
    // Nothing a spreadsheet would evaluate.
    for (const cells of parsed.slice(1)) for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('XLSX: a header row, typed cells, parsed back equals the source', async () => {
    const { response, body } = await download(`format=xlsx&columns=${[...TEXT_COLUMNS, 'submittedAt', 'visaLetterRequested'].join(',')}&locale=fr`);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('Référence');
    expect(sheet.getRow(1).getCell(2).value).toBe('Nom');
    expect(sheet.rowCount).toBe(rows.length + 1);
    rows.forEach((row, i) => {
      const r = sheet.getRow(i + 2);
      TEXT_COLUMNS.forEach((c, j) => {
        const value = r.getCell(j + 1).value;
        // XLSX cells hold line breaks as LF (cells.ts xlsxText); everything else is identical.
        expect(value ?? '', `${c} of row ${i}`).toBe(xlsxText(row[SOURCE_FIELD[c]] ?? ''));
      });
      expect(r.getCell(TEXT_COLUMNS.length + 1).value).toBeInstanceOf(Date);
      expect(r.getCell(TEXT_COLUMNS.length + 2).value).toBe(false);
    });
  });

  it('PDF: a printable document with the fonts embedded', async () => {
    const { response, body } = await download(`format=pdf&columns=lastName,firstName,organization&locale=es`);
    expect(response.status).toBe(200);
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = body.toString('latin1');
    expect(text).toContain('NotoSansSC');
    expect(text).toContain('NotoSansArabic');
    expect(text).toContain('NotoSansKR');
    expect(text).not.toContain('/Helvetica');
  });

  it('filters: only the rows matching the shared filter are exported', async () => {
    const { body } = await download(`format=csv&columns=firstName&continent=ASIA`);
    const parsed = parse(body.toString('utf8'), { bom: true }) as string[][];
    expect(parsed.slice(1).map((r) => r[0]).sort()).toEqual(['민준', '王芳'].sort());
  });

  it('refuses an unknown column, format or filter value', async () => {
    for (const query of ['format=csv&columns=passwordHash', 'format=docx&columns=lastName', 'format=csv&columns=lastName&status=PAID', 'format=csv&columns=lastName&country=xx']) {
      expect((await download(query)).response.status, query).toBe(400);
    }
  });
});
