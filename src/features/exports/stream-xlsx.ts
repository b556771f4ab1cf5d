import 'server-only';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { xlsxText } from '@/lib/cells';
import { worksheetBacklog, yieldToStreams } from './backpressure';
import { COLUMN_BY_KEY, type ColumnKey } from './columns';
import type { AttendeeRow } from './data';
import { cellValue, wallClockDate, type CellValue, type RowContext } from './rows';

function xlsxCell(value: CellValue, key: ColumnKey, ctx: RowContext): ExcelJS.CellValue {
  if (value === null) return null;
  if (value instanceof Date) return wallClockDate(value, COLUMN_BY_KEY.get(key)!.type, ctx.timeZone);
  if (typeof value === 'string') return xlsxText(value);
  return value;
}

const NUM_FMT = { date: 'yyyy-mm-dd', datetime: 'yyyy-mm-dd hh:mm' } as const;

/**
 * XLSX through exceljs' streaming WorkbookWriter: each row is committed (written
 * to the zip) as soon as it is added, and the writer waits for the response to
 * drain between batches, so only about one batch is ever held. Typed columns:
 * dates are date cells in the event's wall-clock time, yes/no are booleans,
 * text is text (neutralised like the CSV: a copy-paste into CSV stays safe).
 */
export function xlsxStream(batches: AsyncGenerator<AttendeeRow[]>, columns: readonly ColumnKey[], ctx: RowContext, sheetName: string, onRows?: (n: number) => void): ReadableStream<Uint8Array> {
  const out = new PassThrough({ highWaterMark: 1 << 20 });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31) || 'Export', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((key) => {
    const def = COLUMN_BY_KEY.get(key)!;
    const numFmt = def.type === 'date' || def.type === 'datetime' ? NUM_FMT[def.type] : undefined;
    return { key, header: ctx.labels.columns[key], width: def.width, style: numFmt ? { numFmt } : {} };
  });
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();

  const run = async () => {
    for await (const batch of batches) {
      for (const row of batch) {
        sheet.addRow(columns.map((key) => xlsxCell(cellValue(row, key, ctx), key, ctx))).commit();
      }
      onRows?.(batch.length);
      await yieldToStreams(out, () => worksheetBacklog(sheet));
    }
    sheet.commit();
    await workbook.commit();
  };
  run().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
