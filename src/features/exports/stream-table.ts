import 'server-only';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { worksheetBacklog, yieldToStreams } from './backpressure';
import { csvRow, UTF8_BOM, xlsxText } from '@/lib/cells';

// Generic streamed tables for the exports that are not attendee lists
// (logistics, delegation roster): same neutralisation, same streaming.

export type TableCell = string | number | boolean | Date | null;
export type TableSheet = { name: string; header: string[]; widths: number[]; dateFormat?: string; rows: AsyncIterable<TableCell[][]> };

const encoder = new TextEncoder();

export function tableCsv(sheet: TableSheet, text: (cell: TableCell) => string): ReadableStream<Uint8Array> {
  const it = sheet.rows[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(UTF8_BOM + csvRow(sheet.header)));
    },
    async pull(controller) {
      const next = await it.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map((row) => csvRow(row.map(text))).join('')));
    },
    async cancel() {
      await it.return?.();
    },
  });
}

function xlsxValue(cell: TableCell): ExcelJS.CellValue {
  return typeof cell === 'string' ? xlsxText(cell) : cell;
}

export function tableXlsx(sheets: TableSheet[]): ReadableStream<Uint8Array> {
  const out = new PassThrough({ highWaterMark: 1 << 20 });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } });
  const run = async () => {
    for (const sheet of sheets) {
      const ws = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
      ws.columns = sheet.header.map((header, i) => ({ header, width: sheet.widths[i] ?? 16, style: sheet.dateFormat ? { numFmt: sheet.dateFormat } : {} }));
      ws.getRow(1).font = { bold: true };
      ws.getRow(1).commit();
      for await (const batch of sheet.rows) {
        for (const row of batch) ws.addRow(row.map(xlsxValue)).commit();
        await yieldToStreams(out, () => worksheetBacklog(ws));
      }
      ws.commit();
    }
    await workbook.commit();
  };
  run().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
