import 'server-only';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { mapHeaders, MAX_IMPORT_ROWS, type HeaderMap } from './import-report';

// Reads an uploaded member list (CSV or XLSX) into raw text records. Nothing
// is evaluated: an XLSX formula cell is read as its formula text ("=…"), never
// as its cached result, and a CSV cell is text. Validation happens afterwards,
// row by row, with the form's schema (import-report.ts).

export const MAX_IMPORT_BYTES = 1_000_000;

export type FileProblem = 'empty' | 'tooLarge' | 'unsupported' | 'missingColumns' | 'tooManyRows';
export type ParsedFile =
  | { ok: true; records: { line: number; values: Record<string, string> }[]; unknownColumns: string[] }
  | { ok: false; problem: FileProblem; missing?: string[] };

function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function isOleOrBinary(bytes: Uint8Array): boolean {
  // Old .xls (OLE2) or anything with NUL bytes in the first kilobyte is not a CSV.
  if (bytes.length > 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return true;
  return bytes.subarray(0, 1024).includes(0);
}

/** UTF-8 (with or without BOM); a file saved by an old spreadsheet as Windows-1252 is read as such. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** `;` when the header line has more semicolons than commas (French spreadsheets), else `,`. */
function detectDelimiter(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => first.split(c).length - 1;
  if (count('\t') > count(',') && count('\t') > count(';')) return '\t';
  return count(';') > count(',') ? ';' : ',';
}

function toRecords(rows: { line: number; cells: string[] }[], header: string[]): ParsedFile {
  const map: HeaderMap = mapHeaders(header);
  if (map.missing.length > 0) return { ok: false, problem: 'missingColumns', missing: map.missing };
  const records: { line: number; values: Record<string, string> }[] = [];
  for (const { line, cells } of rows) {
    if (cells.every((c) => c.trim() === '')) continue;
    const values: Record<string, string> = {};
    map.columns.forEach((field, i) => {
      if (field) values[field] = cells[i] ?? '';
    });
    records.push({ line, values });
    if (records.length > MAX_IMPORT_ROWS) return { ok: false, problem: 'tooManyRows' };
  }
  return { ok: true, records, unknownColumns: map.unknown };
}

function parseCsv(bytes: Uint8Array): ParsedFile {
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, { delimiter: detectDelimiter(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false, info: true, cast: false, max_record_size: 100_000 }) as unknown as typeof rows;
  } catch {
    return { ok: false, problem: 'unsupported' };
  }
  if (rows.length === 0) return { ok: false, problem: 'empty' };
  const [head, ...data] = rows;
  return toRecords(
    data.map((r) => ({ line: r.info.lines, cells: r.record })),
    head.record,
  );
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const f = (value as { formula?: string; sharedFormula?: string }).formula ?? (value as { sharedFormula?: string }).sharedFormula ?? '';
      return `=${f}`; // kept as text, never evaluated
    }
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String((value as { text: unknown }).text ?? '');
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value);
}

async function parseXlsx(bytes: Uint8Array): Promise<ParsedFile> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, problem: 'unsupported' };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) return { ok: false, problem: 'empty' };
  if (sheet.rowCount > MAX_IMPORT_ROWS + 1) return { ok: false, problem: 'tooManyRows' };
  const width = sheet.columnCount;
  const read = (n: number) => {
    const row = sheet.getRow(n);
    return Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value));
  };
  const header = read(1);
  const rows: { line: number; cells: string[] }[] = [];
  for (let n = 2; n <= sheet.rowCount; n++) rows.push({ line: n, cells: read(n) });
  return toRecords(rows, header);
}

export async function parseMemberFile(bytes: Uint8Array): Promise<ParsedFile> {
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, problem: 'tooLarge' };
  if (isZip(bytes)) return parseXlsx(bytes);
  if (isOleOrBinary(bytes)) return { ok: false, problem: 'unsupported' };
  return parseCsv(bytes);
}
