import 'server-only';
import { Readable } from 'node:stream';
import QRCode from 'qrcode';
import type { AttendeeRow } from '@/features/exports/data';
import { yieldToStreams } from '@/features/exports/backpressure';
import { createPdf, drawLine, trimFontCaches } from '@/lib/pdf';
import { cellValue, type RowContext } from '@/features/exports/rows';
import { signBadgeToken } from './token';
import { badgeLines } from '@/lib/names';

// Badges: A4 portrait, 2 × 4 badges of 90 × 65 mm per page, cut along the
// grey lines. Each shows the name in its own script, organisation, country,
// delegation, participant type (coloured band) and a QR code holding the
// signed badge token that the check-in page scans.

const MM = 72 / 25.4;
const BADGE_W = 90 * MM;
const BADGE_H = 65 * MM;
const COLS = 2;
const ROWS = 4;
const TYPE_COLOURS: Record<string, string> = { DELEGATE: '#15803d', SPEAKER: '#b91c1c', OBSERVER: '#1d4ed8', PRESS: '#7e22ce', VOLUNTEER: '#c2410c' };

async function drawBadge(doc: PDFKit.PDFDocument, row: AttendeeRow, x: number, y: number, ctx: RowContext, eventTitle: string) {
  doc.rect(x, y, BADGE_W, BADGE_H).lineWidth(0.5).strokeColor('#a8a29e').stroke();
  const pad = 4 * MM;
  const colour = TYPE_COLOURS[row.participantType] ?? '#44403c';
  doc.rect(x, y + BADGE_H - 9 * MM, BADGE_W, 9 * MM).fill(colour).fillColor('#000');
  drawLine(doc, eventTitle, x + pad, y + pad, BADGE_W - 2 * pad, { size: 8 });
  const qrSize = 26 * MM;
  const textW = BADGE_W - 3 * pad - qrSize;
  // In the order the delegate writes their name (Nguyễn first), family name in capitals.
  const [line1, line2] = badgeLines(row.firstName, row.lastName, row.nameOrder);
  drawLine(doc, line1, x + pad, y + pad + 14, textW, { size: 15, bold: true });
  drawLine(doc, line2, x + pad, y + pad + 34, textW, { size: 15, bold: true });
  drawLine(doc, row.organization, x + pad, y + pad + 58, textW, { size: 9 });
  drawLine(doc, String(cellValue(row, 'country', ctx) ?? ''), x + pad, y + pad + 72, textW, { size: 9 });
  const delegation = cellValue(row, 'delegation', ctx);
  if (delegation) drawLine(doc, String(delegation), x + pad, y + pad + 86, textW, { size: 8 });
  const qr = await QRCode.toBuffer(signBadgeToken(row.id), { errorCorrectionLevel: 'M', margin: 1, width: 240 });
  doc.image(qr, x + BADGE_W - pad - qrSize, y + pad + 12, { width: qrSize, height: qrSize });
  drawLine(doc, row.referenceNumber, x + BADGE_W - pad - qrSize, y + pad + 14 + qrSize, qrSize, { size: 7 });
  doc.fillColor('#fff');
  drawLine(doc, String(cellValue(row, 'participantType', ctx) ?? ''), x + pad, y + BADGE_H - 7 * MM, BADGE_W - 2 * pad, { size: 12, bold: true });
  doc.fillColor('#000');
}

export function badgesStream(batches: AsyncGenerator<AttendeeRow[]>, ctx: RowContext, eventTitle: string): ReadableStream<Uint8Array> {
  const doc = createPdf({ margin: 0, info: { Title: eventTitle } });
  const left = (doc.page.width - COLS * BADGE_W) / 2;
  const top = (doc.page.height - ROWS * BADGE_H) / 2;
  const draw = async () => {
    let slot = 0;
    for await (const batch of batches) {
      for (const row of batch) {
        if (slot === COLS * ROWS) {
          doc.addPage({ margin: 0 });
          trimFontCaches(doc);
          slot = 0;
        }
        await drawBadge(doc, row, left + (slot % COLS) * BADGE_W, top + Math.floor(slot / COLS) * BADGE_H, ctx, eventTitle);
        slot += 1;
      }
      await yieldToStreams(doc);
    }
  };
  draw()
    .then(() => doc.end())
    .catch((error: unknown) => doc.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(doc) as ReadableStream<Uint8Array>;
}
