import 'server-only';
import { csvRow, UTF8_BOM } from '@/lib/cells';
import type { ColumnKey } from './columns';
import type { AttendeeRow } from './data';
import { cellText, cellValue, type RowContext } from './rows';

const encoder = new TextEncoder();

/**
 * CSV (UTF-8 with BOM, CRLF, RFC 4180 quoting, neutralised cells) streamed
 * batch by batch: `pull` asks for the next batch only when the client has
 * read the previous one, so memory holds one batch whatever the list size.
 */
export function csvStream(batches: AsyncGenerator<AttendeeRow[]>, columns: readonly ColumnKey[], ctx: RowContext, onRows?: (n: number) => void): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(UTF8_BOM + csvRow(columns.map((c) => ctx.labels.columns[c]))));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) {
        controller.close();
        return;
      }
      let chunk = '';
      for (const row of next.value) chunk += csvRow(columns.map((c) => cellText(cellValue(row, c, ctx), c, ctx)));
      onRows?.(next.value.length);
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
