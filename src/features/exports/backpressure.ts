import 'server-only';
import type { Readable } from 'node:stream';

const HIGH_WATER = 4 << 20;

/**
 * Called by push-style producers (exceljs, pdfkit) between batches. The
 * database driver resolves in microtasks, so without this a producer loop
 * would never let the event loop run: zlib (the XLSX zip) compresses on the
 * thread pool and the response is written on I/O turns, so nothing would be
 * sent before the end and everything would pile up in memory. It also waits
 * while more than 4 MB sit unread (a slow client), which bounds memory.
 */
export async function yieldToStreams(out: Readable, pending: () => number = () => 0): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  while (!out.destroyed && (out.readableLength > HIGH_WATER || pending() > BACKLOG || ('writableNeedDrain' in out && out.writableNeedDrain === true))) {
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

const BACKLOG = 1 << 20;

/**
 * Bytes of sheet XML that exceljs has handed to the zip but zlib has not
 * compressed yet. exceljs' WorksheetWriter writes into a StreamBuf that pipes
 * to the archiver without waiting (its own backpressure is missing), so this
 * reads the pipes' buffered length; 0 if a future exceljs changes the shape
 * (the export then still works, with less tight memory).
 */
export function worksheetBacklog(sheet: object): number {
  const pipes = (sheet as { stream?: { pipes?: { writableLength?: number }[] } }).stream?.pipes;
  return Array.isArray(pipes) ? pipes.reduce((sum, p) => sum + (typeof p.writableLength === 'number' ? p.writableLength : 0), 0) : 0;
}
