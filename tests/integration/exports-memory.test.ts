// A 20,000-row export streams: memory stays under the bound while the whole
// file goes through (rows are read 1,000 at a time, never all at once).
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { GET } from '@/app/api/exports/[slug]/attendees/route';
import { actAs } from './helpers/session';
import { createUser } from '../factories';
import { createAttendees, createExportEvent } from '../factories/exports';

const ROWS = 20_000;
const BOUND_MB = 100;
const COLUMNS = 'reference,lastName,firstName,email,organization,organizationKind,country,continent,delegation,participantType,status,languages,dietary,dietaryNotes,submittedAt,checkedInAt';
let slug = '';

const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** Consumes the export chunk by chunk, sampling memory; returns bytes, records and the peak growth (MB). */
async function measure(format: 'csv' | 'xlsx', keep?: Uint8Array[]) {
  const response = await GET(new Request(`http://test/api/exports/${slug}/attendees?format=${format}&columns=${COLUMNS}`), { params: Promise.resolve({ slug }) });
  expect(response.status).toBe(200);
  const base = used();
  let peak = 0;
  let bytes = 0;
  let records = 0;
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.length;
    keep?.push(value);
    if (format === 'csv') for (let i = 1; i < value.length; i++) if (value[i] === 10 && value[i - 1] === 13) records++;
    peak = Math.max(peak, used() - base);
  }
  return { bytes, records, peakMb: peak / 1_048_576 };
}

beforeAll(async () => {
  const event = await createExportEvent();
  slug = event.slug;
  await createAttendees(
    event.id,
    Array.from({ length: ROWS }, (_, i) => ({ lastName: `Nom-${i} Ñandutí 王`, dietaryNotes: i % 3 === 0 ? 'Allergie, « sévère »\nvoir note' : null, dietary: i % 2 ? ['HALAL'] : [] })),
  );
  actAs(await createUser({ role: 'ORGANIZER' }));
}, 300_000);

describe(`export of ${ROWS} rows`, () => {
  it(`CSV: every row, memory growth under ${BOUND_MB} MB`, async () => {
    const { bytes, records, peakMb } = await measure('csv');
    console.log(`[memory] csv ${ROWS} rows: ${(bytes / 1_048_576).toFixed(1)} MB streamed, peak growth ${peakMb.toFixed(1)} MB`);
    // Header + one record per row (notes hold LF only, so CRLF counts records).
    expect(records).toBe(ROWS + 1);
    expect(peakMb).toBeLessThan(BOUND_MB);
  }, 120_000);

  it(`XLSX: memory growth under ${BOUND_MB} MB`, async () => {
    const chunks: Uint8Array[] = [];
    const { bytes, peakMb } = await measure('xlsx', chunks);
    console.log(`[memory] xlsx ${ROWS} rows: ${(bytes / 1_048_576).toFixed(1)} MB streamed, peak growth ${peakMb.toFixed(1)} MB`);
    expect(peakMb).toBeLessThan(BOUND_MB);
    // The streamed file is a complete workbook with every row.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets[0].rowCount).toBe(ROWS + 1);
    expect(bytes).toBeGreaterThan(100_000);
  }, 180_000);
});
