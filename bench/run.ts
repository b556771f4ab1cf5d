// npm run bench — exports and dashboard benchmarks (not timed tests).
//
// Seeds its own PGlite folders once (.data/bench-1200, -5000, -50000, with
// `prisma/seed.ts --delegates N`; re-applies new migrations when needed), then
// runs every measurement in a fresh child process (bench/measure.ts) so that
// peak memory belongs to that measurement only, and prints absolutes, ratios
// against the raw baseline measured in the same run, and the targets.
//   npm run bench                 # everything, on embedded PGlite
//   BENCH_ONLY=dashboard npm run bench   (or exports, allocation, or pages: JS bytes per public page + Lighthouse)
//   BENCH_POSTGRES_URL=postgresql://…/postgres npm run bench
//       # on PostgreSQL: databases rencontre_bench_<N> on that server (created
//       # and seeded once). There the database runs in its own process, so the
//       # memory figures are the app's alone (with PGlite they include the
//       # embedded database's WebAssembly memory, which grows and never shrinks).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SIZES = [1200, 5000, 50000] as const;
const EXPORT_SIZE = 50000;
const only = process.env.BENCH_ONLY;
const migrations = readdirSync('prisma/migrations').filter((d) => /^\d/.test(d)).sort().join(',');

function run(args: string[], env: Record<string, string>, capture = false) {
  const result = spawnSync(args[0], args.slice(1), { env: { ...process.env, ...env }, stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', maxBuffer: 1 << 24 });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited with ${result.status}`);
  return result.stdout ?? '';
}

const postgres = process.env.BENCH_POSTGRES_URL;

/** A PostgreSQL database per size on BENCH_POSTGRES_URL's server, seeded once; returns its URL. */
function pgDataset(n: number): string {
  const url = new URL(postgres!);
  const name = `rencontre_bench_${n}`;
  const admin = (sql: string) => run(['node', '-e', `const pg=require('pg');const c=new pg.Client(${JSON.stringify(postgres)});c.connect().then(()=>c.query(${JSON.stringify(sql)})).then(r=>{console.log(JSON.stringify(r.rows));return c.end()}).catch(e=>{console.error(e);process.exit(1)})`], {}, true);
  const exists = admin(`SELECT 1 FROM pg_database WHERE datname = '${name}'`).includes('1');
  url.pathname = `/${name}`;
  const env = { DATABASE_URL: url.toString() };
  if (!exists) {
    console.log(`\n[bench] seeding ${n} registrations into PostgreSQL ${name} (once)…`);
    admin(`CREATE DATABASE ${name}`);
    run(['npx', 'tsx', 'tools/db.ts', 'deploy'], env);
    run(['npx', 'tsx', 'prisma/seed.ts', '--delegates', String(n)], env);
  } else run(['npx', 'tsx', 'tools/db.ts', 'deploy'], env);
  return url.toString();
}

function dataset(n: number): string {
  if (postgres) return pgDataset(n);
  const dir = path.resolve(`.data/bench-${n}`);
  const marker = path.join(dir, '.bench-seeded');
  const env = { PGLITE_DIR: dir, DATABASE_URL: '' };
  if (!existsSync(marker)) {
    console.log(`\n[bench] seeding ${n} registrations into ${dir} (once)…`);
    rmSync(dir, { recursive: true, force: true });
    run(['npx', 'tsx', 'tools/db.ts', 'deploy'], env);
    run(['npx', 'tsx', 'prisma/seed.ts', '--delegates', String(n)], env);
    writeFileSync(marker, migrations);
  } else if (readFileSync(marker, 'utf8') !== migrations) {
    run(['npx', 'tsx', 'tools/db.ts', 'deploy'], env);
    writeFileSync(marker, migrations);
  }
  return dir;
}

type Result = Record<string, number | string>;
function measure(mode: string, dir: string): Result {
  const out = run(['node', '--expose-gc', '--import', 'tsx', '--import', './bench/register.mjs', 'bench/measure.ts', mode, dir], { NODE_ENV: 'production', NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'bench-secret-not-for-production' }, true);
  const line = out.trim().split('\n').filter((l) => l.startsWith('{')).pop();
  if (!line) throw new Error(`no result from ${mode}`);
  return JSON.parse(line) as Result;
}

/** The machine is shared: each export run is repeated (BENCH_REPEAT, default 2) and the fastest kept. */
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 2));
function best(mode: string, dir: string): Result {
  const runs = Array.from({ length: REPEAT }, () => measure(mode, dir));
  return runs.sort((a, b) => Number(a.totalMs) - Number(b.totalMs))[0];
}

const f = (n: unknown, digits = 0) => (typeof n === 'number' ? n.toFixed(digits) : String(n));
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

function main() {
  const lines: string[] = [];
  if (!only || only === 'exports') {
    const dir = dataset(EXPORT_SIZE);
    const raw = best('raw-csv', dir);
    const csv = best('app-csv', dir);
    const xlsx = best('app-xlsx', dir);
    const ratio = (a: Result, b: Result, key: string) => Number(a[key]) / Math.max(1, Number(b[key]));
    lines.push(`\nExports of ${raw.rows} registrations (15 columns) on ${postgres ? 'PostgreSQL' : 'embedded PGlite'}, each in a fresh process, fastest of ${REPEAT}`);
    lines.push('| run | first byte (ms) | total (ms) | MB out | peak RSS growth (MB) | peak JS heap growth (MB) | first byte × raw | total × raw | target |');
    lines.push('|---|---|---|---|---|---|---|---|---|');
    lines.push(`| raw query + hand CSV (baseline) | ${f(raw.ttfbMs)} | ${f(raw.totalMs)} | ${f(Number(raw.bytes) / 1048576, 1)} | ${f(raw.peakRssMb, 1)} | ${f(raw.peakHeapMb, 1)} | 1 | 1 | |`);
    const csvOk = Number(csv.ttfbMs) < 1000 && ratio(csv, raw, 'totalMs') <= 3 && Number(csv.peakRssMb) < 100;
    lines.push(`| app CSV (route handler) | ${f(csv.ttfbMs)} | ${f(csv.totalMs)} | ${f(Number(csv.bytes) / 1048576, 1)} | ${f(csv.peakRssMb, 1)} | ${f(csv.peakHeapMb, 1)} | ${f(ratio(csv, raw, 'ttfbMs'), 2)} | ${f(ratio(csv, raw, 'totalMs'), 2)} | first byte < 1 s, total ≤ 3× raw, memory < 100 MB: ${verdict(csvOk)} |`);
    const xlsxOk = Number(xlsx.totalMs) <= 15000 && Number(xlsx.peakRssMb) < 100;
    const pdf = measure('app-pdf', dataset(5000));
    lines.push(`| app XLSX (route handler) | ${f(xlsx.ttfbMs)} | ${f(xlsx.totalMs)} | ${f(Number(xlsx.bytes) / 1048576, 1)} | ${f(xlsx.peakRssMb, 1)} | ${f(xlsx.peakHeapMb, 1)} | ${f(ratio(xlsx, raw, 'ttfbMs'), 2)} | ${f(ratio(xlsx, raw, 'totalMs'), 2)} | total ≤ 15 s, memory < 100 MB: ${verdict(xlsxOk)} |`);
    lines.push(`| app PDF, ${pdf.rows} rows (an event's maximum; printable list) | ${f(pdf.ttfbMs)} | ${f(pdf.totalMs)} | ${f(Number(pdf.bytes) / 1048576, 1)} | ${f(pdf.peakRssMb, 1)} | ${f(pdf.peakHeapMb, 1)} | | | (no target) |`);
  }
  if (!only || only === 'dashboard') {
    lines.push(`\nDashboard on ${postgres ? 'PostgreSQL' : 'embedded PGlite'}: aggregate queries + server render (median of 5 after a warm-up)`);
    lines.push('| registrations | queries | data (ms) | render (ms) | total (ms) | HTML (KB) | target |');
    lines.push('|---|---|---|---|---|---|---|');
    for (const n of SIZES) {
      const d = measure('dashboard', dataset(n));
      const target = n >= 5000 ? `≤ 200 ms: ${verdict(Number(d.totalMs) <= 200)}` : '';
      lines.push(`| ${d.rows} | ${d.queries} | ${f(d.dataMs, 1)} | ${f(d.renderMs, 1)} | ${f(d.totalMs, 1)} | ${f(Number(d.htmlBytes) / 1024, 0)} | ${target} |`);
    }
  }
  if (!only || only === 'allocation') lines.push(run(['npx', 'tsx', 'bench/allocation.ts'], {}, true).trim());
  if (!only || only === 'pages') {
    // JS bytes per public page and Lighthouse (bench/pages.ts: its own server and PGlite folder; needs a build).
    lines.push(run(['npx', 'tsx', 'bench/pages.ts'], {}, true).trim());
  }
  console.log(lines.join('\n'));
}

main();
