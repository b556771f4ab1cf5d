import 'server-only';
import { Readable } from 'node:stream';
import { yieldToStreams } from './backpressure';
import { COLUMN_BY_KEY, type ColumnKey } from './columns';
import type { AttendeeRow } from './data';
import { createPdf, drawLine, trimFontCaches } from '@/lib/pdf';
import { cellText, cellValue, type RowContext } from './rows';


type TableColumn = { label: string; width: number; text: (row: AttendeeRow, index: number) => string };

/** A paginated table with the header repeated on every page; rows come in batches. */
async function drawTable(
  doc: PDFKit.PDFDocument,
  batches: AsyncGenerator<AttendeeRow[]>,
  { title, subtitle, columns, rowHeight, footer, onRows }: { title: string; subtitle: string; columns: TableColumn[]; rowHeight: number; footer: (page: number) => string; onRows?: (n: number) => void },
) {
  const left = doc.page.margins.left;
  const usable = doc.page.width - left - doc.page.margins.right;
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * usable);
  let page = 1;
  let y = 0;
  const header = (first: boolean) => {
    y = doc.page.margins.top;
    if (first) {
      drawLine(doc, title, left, y, usable, { size: 15, bold: true });
      y += 22;
      drawLine(doc, subtitle, left, y, usable, { size: 9 });
      y += 18;
    }
    let x = left;
    doc.rect(left, y - 2, usable, rowHeight).fill('#e7e5e4').fillColor('#000');
    columns.forEach((c, i) => {
      drawLine(doc, c.label, x + 3, y + (rowHeight - 12) / 2, widths[i] - 6, { size: 8, bold: true });
      x += widths[i];
    });
    y += rowHeight;
    drawLine(doc, footer(page), left, doc.page.height - doc.page.margins.bottom - 10, usable, { size: 8 });
  };
  header(true);
  let index = 0;
  for await (const batch of batches) {
    for (const row of batch) {
      if (y + rowHeight > doc.page.height - doc.page.margins.bottom - 16) {
        doc.addPage();
        trimFontCaches(doc);
        page += 1;
        header(false);
      }
      let x = left;
      columns.forEach((c, i) => {
        drawLine(doc, c.text(row, index), x + 3, y + (rowHeight - 12) / 2, widths[i] - 6);
        x += widths[i];
      });
      doc.moveTo(left, y + rowHeight - 2).lineTo(left + usable, y + rowHeight - 2).lineWidth(0.3).strokeColor('#a8a29e').stroke();
      y += rowHeight;
      index += 1;
    }
    onRows?.(batch.length);
    await yieldToStreams(doc);
  }
  if (index === 0) drawLine(doc, '—', left, y + 4, usable);
}

function toStream(doc: PDFKit.PDFDocument, draw: () => Promise<void>): ReadableStream<Uint8Array> {
  draw()
    .then(() => doc.end())
    .catch((error: unknown) => doc.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(doc) as ReadableStream<Uint8Array>;
}

/** The printable attendee list (A4 landscape, one line per attendee). */
export function pdfListStream(batches: AsyncGenerator<AttendeeRow[]>, columns: readonly ColumnKey[], ctx: RowContext, meta: { title: string; subtitle: string; pageLabel: (page: number) => string }, onRows?: (n: number) => void) {
  const doc = createPdf({ layout: 'landscape', info: { Title: meta.title } });
  const tableColumns: TableColumn[] = columns.map((key) => ({ label: ctx.labels.columns[key], width: COLUMN_BY_KEY.get(key)!.width, text: (row) => cellText(cellValue(row, key, ctx), key, ctx) }));
  return toStream(doc, () => drawTable(doc, batches, { title: meta.title, subtitle: meta.subtitle, columns: tableColumns, rowHeight: 16, footer: meta.pageLabel, onRows }));
}

/** A session's sign-in sheet: enrolled attendees by name, with an empty signature column. */
export function pdfSignInStream(batches: AsyncGenerator<AttendeeRow[]>, ctx: RowContext, meta: { title: string; subtitle: string; pageLabel: (page: number) => string; signature: string; number: string }) {
  const doc = createPdf({ info: { Title: meta.title } });
  const columns: TableColumn[] = [
    { label: meta.number, width: 5, text: (_row, i) => String(i + 1) },
    { label: ctx.labels.columns.lastName, width: 18, text: (row) => row.lastName.toUpperCase() },
    { label: ctx.labels.columns.firstName, width: 16, text: (row) => row.firstName },
    { label: ctx.labels.columns.organization, width: 22, text: (row) => row.organization },
    { label: ctx.labels.columns.country, width: 13, text: (row) => cellText(cellValue(row, 'country', ctx), 'country', ctx) },
    { label: meta.signature, width: 22, text: () => '' },
  ];
  return toStream(doc, () => drawTable(doc, batches, { title: meta.title, subtitle: meta.subtitle, columns, rowHeight: 26, footer: meta.pageLabel }));
}
