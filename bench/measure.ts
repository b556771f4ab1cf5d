// One measurement in a fresh process (spawned by bench/run.ts), so peak memory
// is this measurement's alone. Prints one JSON line.
//   node --expose-gc --import tsx --import ./bench/register.mjs bench/measure.ts <mode> <pglite dir>
// modes: raw-csv | app-csv | app-xlsx | app-pdf | dashboard
// <target>: a PGlite folder, or a postgres:// URL.
import { createElement } from 'react';
import pg from 'pg';
import { renderToString } from 'react-dom/server';
import { createTranslator } from 'next-intl';
import { db, getPglite, runScript } from '@/lib/db';
import { loadMessages } from '@/lib/i18n/messages';

const [mode, target] = process.argv.slice(2);
const onPostgres = /^postgres(ql)?:\/\//.test(target);
if (onPostgres) process.env.DATABASE_URL = target;
else {
  process.env.PGLITE_DIR = target;
  process.env.DATABASE_URL = '';
}

/** The driver-level query function (PGlite's, or a pg client's), to run raw SQL and to count queries. */
async function rawQuery(): Promise<(sql: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>> {
  if (!onPostgres) {
    const lite = getPglite()!;
    return (sql, params) => lite.query<Record<string, unknown>>(sql, params);
  }
  const client = new pg.Client({ connectionString: target });
  await client.connect();
  return (sql, params) => client.query(sql, params);
}

const COLUMNS = 'reference,lastName,firstName,email,organization,organizationKind,country,continent,delegation,participantType,status,languages,dietary,submittedAt,checkedInAt';

type Sample = { rss: number; heap: number };
const mem = (): Sample => {
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed + m.arrayBuffers };
};

async function setup() {
  const event = await db.event.findUniqueOrThrow({ where: { slug: 'dakar-2005' }, select: { id: true, timeZone: true, languages: true } });
  const organizer = await db.user.findUniqueOrThrow({ where: { email: 'organizer@rencontre.test' }, select: { id: true, sessionVersion: true } });
  process.env.BENCH_USER_ID = organizer.id;
  process.env.BENCH_SESSION_VERSION = String(organizer.sessionVersion);
  const rows = await db.registration.count({ where: { eventId: event.id } });
  return { event, rows };
}

/** Reads a byte stream to the end, discarding it; times the first byte and the end, samples memory. */
async function consume(start: number, stream: AsyncIterable<Uint8Array | string>, base: Sample) {
  let first = 0;
  let bytes = 0;
  const peak = { rss: 0, heap: 0 };
  const sample = () => {
    const now = mem();
    peak.rss = Math.max(peak.rss, now.rss - base.rss);
    peak.heap = Math.max(peak.heap, now.heap - base.heap);
  };
  const timer = setInterval(sample, 20);
  for await (const chunk of stream) {
    if (!first) first = performance.now() - start;
    bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    sample();
  }
  clearInterval(timer);
  sample();
  return { ttfbMs: first, totalMs: performance.now() - start, bytes, peakRssMb: peak.rss / 1_048_576, peakHeapMb: peak.heap / 1_048_576, baseRssMb: base.rss / 1_048_576, baseHeapMb: base.heap / 1_048_576 };
}

/** The baseline: the same rows, read with the same keyset batches straight from PGlite, joined into CSV by hand. */
async function* rawCsv(eventId: string) {
  const query = await rawQuery();
  let header = 'reference,lastName,firstName,email,organization,organizationKind,country,continent,delegationId,participantType,status,languages,dietary,submittedAt,checkedInAt\r\n';
  let last = '';
  for (;;) {
    const { rows } = await query(
      `SELECT id, "referenceNumber", "lastName", "firstName", email, organization, "organizationKind", country, continent, "delegationId", "participantType", status, languages, dietary, "submittedAt", "checkedInAt"
       FROM "Registration" WHERE "eventId" = $1 AND id > $2 ORDER BY id LIMIT 1000`,
      [eventId, last],
    );
    if (rows.length === 0) return;
    let chunk = header;
    header = '';
    for (const r of rows) {
      const cells = [r.referenceNumber, r.lastName, r.firstName, r.email, r.organization, r.organizationKind, r.country, r.continent, r.delegationId, r.participantType, r.status, (r.languages as string[]).join(' '), (r.dietary as string[]).join(' '), (r.submittedAt as Date).toISOString(), (r.checkedInAt as Date | null)?.toISOString() ?? ''];
      chunk += cells.map((c) => `"${String(c ?? '').replace(/"/g, '""')}"`).join(',') + '\r\n';
    }
    yield chunk;
    last = rows[rows.length - 1].id as string;
    if (rows.length < 1000) return;
  }
}

async function exportMode(format: 'raw' | 'csv' | 'xlsx' | 'pdf') {
  const { event, rows } = await setup();
  const { GET } = await import('@/app/api/exports/[slug]/attendees/route');
  // Warm-up (module loading, translator, first query plans) outside the timing.
  await (await GET(new Request(`http://bench/api/exports/dakar-2005/attendees?format=csv&columns=lastName&status=REJECTED`), { params: Promise.resolve({ slug: 'dakar-2005' }) })).arrayBuffer();
  (globalThis as { gc?: () => void }).gc?.();
  const base = mem();
  const start = performance.now();
  if (format === 'raw') return { rows, ...(await consume(start, rawCsv(event.id), base)) };
  const response = await GET(new Request(`http://bench/api/exports/dakar-2005/attendees?format=${format}&columns=${COLUMNS}&locale=fr`), { params: Promise.resolve({ slug: 'dakar-2005' }) });
  if (response.status !== 200) throw new Error(`export answered ${response.status}: ${await response.text()}`);
  return { rows, ...(await consume(start, response.body as unknown as AsyncIterable<Uint8Array>, base)) };
}

async function dashboardMode() {
  const { event, rows } = await setup();
  const { loadDashboard } = await import('@/features/dashboard/data');
  const { DashboardView } = await import('@/features/dashboard/components/dashboard-view');
  const messages = await loadMessages('fr');
  const t = createTranslator({ locale: 'fr', messages });
  // Queries counted at the driver: PGlite's query() or pg's Client.prototype.query.
  let queries = 0;
  const owner = (onPostgres ? pg.Client.prototype : getPglite()!) as unknown as { query: (...args: unknown[]) => unknown };
  const original = owner.query;
  owner.query = function (this: unknown, ...args: unknown[]) {
    queries += 1;
    return original.apply(this, args);
  };
  const once = async () => {
    const start = performance.now();
    queries = 0;
    const data = await loadDashboard(event.id, event.timeZone);
    const dataMs = performance.now() - start;
    const html = renderToString(createElement(DashboardView, { data, t: t as never, locale: 'fr', languages: event.languages, liveCount: createElement('div') }));
    return { totalMs: performance.now() - start, dataMs, renderMs: performance.now() - start - dataMs, queries, htmlBytes: html.length };
  };
  await once(); // warm-up
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await once());
  runs.sort((a, b) => a.totalMs - b.totalMs);
  return { rows, ...runs[2] };
}

async function main() {
  const result = mode === 'dashboard' ? await dashboardMode() : await exportMode(mode === 'raw-csv' ? 'raw' : mode === 'app-xlsx' ? 'xlsx' : mode === 'app-pdf' ? 'pdf' : 'csv');
  console.log(JSON.stringify({ mode, ...result }));
}

runScript(main);
