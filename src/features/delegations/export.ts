import 'server-only';
import ExcelJS from 'exceljs';
import { csvRow, UTF8_BOM, xlsxText } from '@/lib/cells';
import type { MemberRow } from './data';

// The head's export of their delegation: the same rows as the members page,
// never a sensitive column (no passport, no date of birth: listMembers does
// not read them). Cells are neutralised against formula injection.

export const EXPORT_COLUMNS = ['lastName', 'firstName', 'email', 'status', 'referenceNumber', 'organization', 'country', 'visaLetterPending', 'bursaryPending'] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

export type ExportLabels = { columns: Record<ExportColumn, string>; statuses: Record<string, string>; yes: string; no: string };

function cells(m: MemberRow, labels: ExportLabels): string[] {
  return EXPORT_COLUMNS.map((c) => {
    switch (c) {
      case 'status':
        return labels.statuses[m.status] ?? m.status;
      case 'visaLetterPending':
      case 'bursaryPending':
        return m[c] ? labels.yes : labels.no;
      default:
        return m[c] ?? '';
    }
  });
}

export function membersCsv(members: MemberRow[], labels: ExportLabels): string {
  return UTF8_BOM + csvRow(EXPORT_COLUMNS.map((c) => labels.columns[c])) + members.map((m) => csvRow(cells(m, labels))).join('');
}

export async function membersXlsx(members: MemberRow[], labels: ExportLabels, sheetName: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(xlsxText(sheetName).replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Members', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(EXPORT_COLUMNS.map((c) => labels.columns[c]));
  sheet.getRow(1).font = { bold: true };
  for (const m of members) sheet.addRow(cells(m, labels).map(xlsxText));
  sheet.columns.forEach((col) => (col.width = 22));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The import template: the header row and one example. */
export const TEMPLATE_HEADER = ['firstName', 'lastName', 'email', 'organization', 'country', 'language'];
export const TEMPLATE_EXAMPLE = ['Aminata', 'Traoré', 'aminata.traore@example.org', 'Coopérative des femmes de Ségou', 'ML', 'fr'];

export function templateCsv(): string {
  return UTF8_BOM + csvRow(TEMPLATE_HEADER) + csvRow(TEMPLATE_EXAMPLE);
}

export async function templateXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Members');
  sheet.addRow(TEMPLATE_HEADER);
  sheet.addRow(TEMPLATE_EXAMPLE);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((col) => (col.width = 26));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
