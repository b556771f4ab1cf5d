// A 20,000-row export streams: memory stays under the bound while the whole
// file goes through (rows are read 1,000 at a time, never all at once).
import v8 from 'node:v8';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { db } from '@/lib/db';
import { GET } from '@/app/api/exports/[slug]/attendees/route';
import { actAs } from './helpers/session';
import { createEvent, createUser } from '../factories';
import { createAttendees } from '../factories/exports';

const ROWS = 20_000;
const BOUND_MB = 100;
const COLUMNS = 'reference,lastName,firstName,email,organization,organizationKind,country,continent,delegation,participantType,status,languages,dietary,dietaryNotes,submittedAt,checkedInAt';
let slug = '';
let eventId = '';
/** Growth when the same rows are all held in memory (the control below). */
let heldMb = 0;

// Live memory, not garbage: exceljs creates short-lived objects per cell that
// V8 collects whenever it likes, so raw heap figures swing by tens of MB from
// run to run. Sampling after a forced collection measures what the export
// actually holds (rows held in memory would show; garbage does not).
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const used = () => {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const SAMPLE_EVERY = 20;

/** Consumes the export chunk by chunk, sampling memory; returns bytes, records and the peak growth (MB). */
async function measure(format: 'csv' | 'xlsx', keep?: Uint8Array[]) {
  const response = await GET(new Request(`http://test/api/exports/${slug}/attendees?format=${format}&columns=${COLUMNS}`), { params: Promise.resolve({ slug }) });
  expect(response.status).toBe(200);
  const base = used();
  let peak = 0;
  let bytes = 0;
  let records = 0;
  let chunks = 0;
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.length;
    keep?.push(value);
    if (format === 'csv') for (let i = 1; i < value.length; i++) if (value[i] === 10 && value[i - 1] === 13) records++;
    if (++chunks % SAMPLE_EVERY === 0) peak = Math.max(peak, used() - base);
  }
  peak = Math.max(peak, used() - base);
  return { bytes, records, peakMb: peak / 1_048_576 };
}

beforeAll(async () => {
  const event = await createEvent();
  slug = event.slug;
  eventId = event.id;
  await createAttendees(
    event.id,
    Array.from({ length: ROWS }, (_, i) => ({ lastName: `Nom-${i} Ñandutí 王`, dietaryNotes: i % 3 === 0 ? 'Allergie, « sévère »\nvoir note' : null, dietary: i % 2 ? ['HALAL'] : [] })),
  );
  actAs(await createUser({ role: 'ORGANIZER' }));
}, 300_000);

describe(`export of ${ROWS} rows`, () => {
  it('control: the measurement sees rows held in memory', async () => {
    const base = used();
    const rows = await db.registration.findMany({ where: { eventId } });
    const grownMb = (used() - base) / 1_048_576;
    heldMb = grownMb;
    console.log(`[memory] control: ${rows.length} rows held, growth ${grownMb.toFixed(1)} MB`);
    expect(rows).toHaveLength(ROWS);
    expect(grownMb).toBeGreaterThan(5);
  }, 120_000);

  it(`CSV: every row, memory growth under ${BOUND_MB} MB`, async () => {
    const { bytes, records, peakMb } = await measure('csv');
    console.log(`[memory] csv ${ROWS} rows: ${(bytes / 1_048_576).toFixed(1)} MB streamed, peak growth ${peakMb.toFixed(1)} MB`);
    // Header + one record per row (notes hold LF only, so CRLF counts records).
    expect(records).toBe(ROWS + 1);
    expect(peakMb).toBeLessThan(BOUND_MB);
    // Far below holding the rows: the CSV really streams.
    expect(peakMb).toBeLessThan(heldMb / 2);
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
