// npm run bench (BENCH_ONLY=pages) — JavaScript per public page and Lighthouse mobile performance.
//
// Needs a build (`npm run build`). Starts `next start` on BENCH_PORT (3206) with a fresh PGlite
// folder, seeds one open event with a programme and one delegate, then for each page:
// - gzipped bytes of every <script src> the page loads, and of its inline scripts (the RSC
//   payload, where the client messages travel) — both are JavaScript the phone downloads;
// - Lighthouse 12.2.3 (mobile preset, simulated slow 4G) performance score for the event,
//   programme and register pages, when Chromium (/usr/bin/chromium or CHROME_PATH) and the
//   `lighthouse` package are there (skipped otherwise).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const PORT = Number(process.env.BENCH_PORT ?? 3206);
const BASE = `http://127.0.0.1:${PORT}`;
const DIST = process.env.NEXT_DIST_DIR || '.next';
const SECRET = `bench-${randomBytes(16).toString('hex')}`;
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const dir = path.resolve('.data/bench-pages');
const env = { ...process.env, PGLITE_DIR: dir, DATABASE_URL: '' };
let server: ChildProcess | null = null;

async function seed() {
  rmSync(dir, { recursive: true, force: true });
  const r = spawnSync('npx', ['tsx', 'tools/db.ts', 'deploy'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error('migrations failed');
  Object.assign(process.env, { PGLITE_DIR: dir, DATABASE_URL: '' });
  const { db, disconnectDb } = await import('../src/lib/db');
  const { createRegistrationEvent } = await import('../tests/factories/registration');
  const event = await createRegistrationEvent({ capacity: 500 });
  let first = '';
  for (let i = 0; i < 20; i++) {
    const s = await db.session.create({
      data: { eventId: event.id, kind: i % 4 === 0 ? 'PLENARY' : 'WORKSHOP', title: { fr: `Atelier ${i + 1} : économie solidaire`, en: `Workshop ${i + 1}` }, startsAt: new Date(event.startDate.getTime() + (8 + (i % 10)) * 3_600_000 + Math.floor(i / 10) * 86_400_000), endsAt: new Date(event.startDate.getTime() + (9 + (i % 10)) * 3_600_000 + Math.floor(i / 10) * 86_400_000), capacity: 40, workingLanguages: ['fr'], interpretationLanguages: ['en', 'es'] },
    });
    first ||= s.id;
  }
  const user = await db.user.create({ data: { email: `bench-${randomUUID().slice(0, 8)}@bench.example`, name: 'Awa Diallo', passwordHash: 'x', emailVerifiedAt: new Date() } });
  await disconnectDb();
  return { slug: event.slug, sessionId: first, user };
}

async function start() {
  server = spawn('npx', ['next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], { env: { ...env, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: BASE, NODE_ENV: 'production' }, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error('server did not start');
}

/** fetch, retried once (a keep-alive socket the server closed while Lighthouse ran fails on reuse). */
async function get(url: string | URL, headers: Record<string, string> = {}): Promise<Response> {
  try {
    return await fetch(url, { headers });
  } catch {
    return fetch(url, { headers });
  }
}

async function jsBytes(url: string, cookie?: string) {
  const html = await (await get(url, cookie ? { cookie } : {})).text();
  // nomodule scripts (legacy polyfills) are neither downloaded nor run by current browsers.
  const srcs = [...new Set([...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].filter((m) => !/nomodule/i.test(m[1]! + m[3]!)).map((m) => m[2]!))];
  let external = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await get(new URL(src.replace(/&amp;/g, '&'), BASE))).arrayBuffer());
    external += gzipSync(body, { level: 9 }).length;
  }
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');
  return { scripts: srcs.length, external, inline: gzipSync(Buffer.from(inline), { level: 9 }).length };
}

/** Lighthouse runs per page (BENCH_LIGHTHOUSE_RUNS, default 3): one score moves by ±10 on a shared machine; the median is reported. */
const LH_RUNS = Math.max(1, Math.min(Number(process.env.BENCH_LIGHTHOUSE_RUNS) || 3, 9));

function lighthouseMedian(url: string, cookie?: string): { score: number | string; spread: string } {
  const scores: number[] = [];
  for (let i = 0; i < LH_RUNS; i++) {
    const r = lighthouse(url, cookie);
    if (typeof r !== 'number') return { score: r, spread: '' };
    scores.push(r);
  }
  scores.sort((a, b) => a - b);
  return { score: scores[Math.floor(scores.length / 2)]!, spread: scores.length > 1 ? ` (${scores.join(', ')})` : '' };
}

function lighthouse(url: string, cookie?: string): number | string {
  if (!existsSync(CHROME)) return 'skipped (no Chromium)';
  const bin = path.resolve('node_modules/.bin/lighthouse');
  if (!existsSync(bin)) return 'skipped (npm install lighthouse@12.2.3)';
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'lh-')), 'report.json');
  const args = [url, '--only-categories=performance', '--output=json', `--output-path=${out}`, '--quiet', '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage'];
  if (cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: cookie })}`);
  const r = spawnSync(bin, args, { env: { ...process.env, CHROME_PATH: CHROME }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0 || !existsSync(out)) return `failed (${(r.stderr ?? '').trim().split('\n').pop()?.slice(0, 80)})`;
  const report = JSON.parse(readFileSync(out, 'utf8')) as { categories: { performance: { score: number } } };
  return Math.round(report.categories.performance.score * 100);
}

async function main() {
  if (!existsSync(path.join(DIST, 'BUILD_ID'))) throw new Error(`no build in ${DIST}: run \`npm run build\` first`);
  const s = await seed();
  await start();
  const { encode } = await import('next-auth/jwt');
  const cookie = `next-auth.session-token=${await encode({ token: { sub: s.user.id, uid: s.user.id, sv: 0, email: s.user.email, name: s.user.name }, secret: SECRET, maxAge: 3600 })}`;
  const pages: { label: string; url: string; cookie?: string; budget: number; lh: boolean }[] = [
    { label: 'home', url: `${BASE}/fr`, budget: 100, lh: false },
    { label: 'event', url: `${BASE}/fr/events/${s.slug}`, budget: 100, lh: true },
    { label: 'programme', url: `${BASE}/fr/events/${s.slug}/programme`, budget: 100, lh: true },
    { label: 'session', url: `${BASE}/fr/events/${s.slug}/programme/${s.sessionId}`, budget: 100, lh: false },
    { label: 'sign-in', url: `${BASE}/fr/sign-in`, budget: 120, lh: false },
    { label: 'register (signed in)', url: `${BASE}/fr/events/${s.slug}/register`, cookie, budget: 0, lh: true },
  ];
  const lines = [`\nJavaScript per page (gzip -9; inline = the RSC payload in <script> tags) and Lighthouse mobile performance (median of ${LH_RUNS} runs, each run in brackets)`, '| page | scripts | external JS (KB) | inline (KB) | total (KB) | budget | Lighthouse |', '|---|---|---|---|---|---|---|'];
  for (const p of pages) {
    await get(p.url, p.cookie ? { cookie: p.cookie } : {}); // warm
    const b = await jsBytes(p.url, p.cookie);
    const total = (b.external + b.inline) / 1024;
    const { score: lh, spread } = p.lh ? lighthouseMedian(p.url, p.cookie) : { score: '', spread: '' };
    lines.push(`| ${p.label} | ${b.scripts} | ${(b.external / 1024).toFixed(1)} | ${(b.inline / 1024).toFixed(1)} | ${total.toFixed(1)} | ${p.budget ? `≤ ${p.budget}: ${total <= p.budget ? 'ok' : 'MISSED'}` : ''} | ${lh}${typeof lh === 'number' ? (lh >= 95 ? ' ok' : ' (target ≥ 95)') : ''}${spread} |`);
  }
  console.log(lines.join('\n'));
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // gone
      }
    }
    setTimeout(() => process.exit(), 300);
  });
