// npm run loadtest — bursts against the production server (`npm start`: tools/server.mjs), on PGlite
// or PostgreSQL, in one run. On PostgreSQL it runs WEB_CONCURRENCY processes (default: one per core, ≤ 4).
//
//   npm run build && npm run loadtest                 # embedded PGlite (fresh folder .data/loadtest)
//   LOADTEST_DATABASE_URL=postgresql://…/postgres npm run loadtest
//       # PostgreSQL: a fresh database rencontre_loadtest_<time> on that server (dropped at the end)
//   LOADTEST_PG_CLUSTER=1 PGPORT=55445 npm run loadtest
//       # starts a throwaway cluster with tools/pg-cluster.sh (stopped at the end)
//
// Prints: registration bursts (500 and 1,200 simultaneous submissions) — throughput, first
// answer, p50/p95 — against a raw baseline doing the same transactions (same SQL, same
// connection count: DATABASE_POOL_SIZE on PostgreSQL, the one connection of PGlite); the
// enrolment race (300 delegates, 30 seats) p95; /api/health p95 during the 500-burst; req/s of
// the public pages against a static file. Loopback only; every phase is bounded in requests and time.
//
// The driver seeds users and events directly, signs each user in by minting their session
// cookie with NEXTAUTH_SECRET (what the sign-in callback does after argon2 — which would
// dominate the run), and sends what the forms send: the registration and enrolment command
// routes. The seed, the raw baseline and the burst statistics are in tools/loadtest-*.ts.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { rawBaseline } from './loadtest-raw';
import { seed, type Seeded } from './loadtest-seed';
import { burst, pct, type Stats } from './loadtest-stats';

const PORT = Number(process.env.LOADTEST_PORT ?? 3205);
const BASE = `http://127.0.0.1:${PORT}`;
const DIST = process.env.NEXT_DIST_DIR || '.next';
const SECRET = `loadtest-${randomBytes(16).toString('hex')}`;
const BURSTS = (process.env.LOADTEST_BURSTS ?? '500,1200').split(',').map(Number).filter((n) => n > 0 && n <= 2000);
const ENROL = Math.min(Number(process.env.LOADTEST_ENROL ?? 300), 1000);
const ENROL_SEATS = 30;
/** PostgreSQL only: a last burst of this many registrations, the server killed (SIGKILL) mid-way; 0 skips it. */
const CRASH = Math.min(Number(process.env.LOADTEST_CRASH ?? 400), 2000);
const PAGE_SECONDS = Math.min(Number(process.env.LOADTEST_PAGE_SECONDS ?? 5), 30);
const PAGE_CONCURRENCY = 16;
const REQUEST_TIMEOUT_MS = 180_000;

const POOL = Number(process.env.DATABASE_POOL_SIZE ?? 10);

/** At most this many sockets to the app (a load balancer's connection limit); further requests wait in the client, their latency still counted. */
const SOCKETS = Number(process.env.LOADTEST_SOCKETS ?? 256);
// No keep-alive for bursts: a socket idle between phases is closed by the server (keepAliveTimeout) and would fail on reuse.
const burstAgent = new http.Agent({ keepAlive: false, maxSockets: SOCKETS });
/** Health checks and page loads have their own sockets: they never queue behind the burst in the client. */
const probeAgent = new http.Agent({ keepAlive: false, maxSockets: 32 });

function request(url: string, init: { method?: string; headers?: Record<string, string>; body?: string; agent?: http.Agent } = {}): Promise<{ status: number; text: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? 'GET', headers: init.headers, agent: init.agent ?? probeAgent, timeout: REQUEST_TIMEOUT_MS }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(init.body);
  });
}

type Db = 'pglite' | 'postgres';
type Env = Record<string, string | undefined>;
let kind: Db = 'pglite';
let adminUrl: string | null = null;
let dbName: string | null = null;
const children: ChildProcess[] = [];

function log(msg: string) {
  console.log(`[loadtest] ${msg}`);
}

function sh(cmd: string, args: string[], env: Env = {}): string {
  const r = spawnSync(cmd, args, { env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}`);
  return r.stdout;
}

// ---- Database ---------------------------------------------------------------------------

async function prepareDatabase(): Promise<Env> {
  let server = process.env.LOADTEST_DATABASE_URL;
  if (!server && process.env.LOADTEST_PG_CLUSTER) {
    server = sh('bash', ['tools/pg-cluster.sh', 'start']).trim().split('\n').pop()!;
  }
  if (server) {
    kind = 'postgres';
    adminUrl = server;
    dbName = `rencontre_loadtest_${Date.now()}`;
    const pg = (await import('pg')).default;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const url = new URL(server);
    url.pathname = `/${dbName}`;
    return { DATABASE_URL: url.toString(), PGLITE_DIR: '' };
  }
  const dir = path.resolve('.data/loadtest');
  rmSync(dir, { recursive: true, force: true });
  return { DATABASE_URL: '', PGLITE_DIR: dir };
}

async function dropDatabase() {
  if (!adminUrl || !dbName) return;
  try {
    const pg = (await import('pg')).default;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  } catch (error) {
    log(`could not drop ${dbName}: ${String(error)}`);
  }
  if (process.env.LOADTEST_PG_CLUSTER && !process.env.LOADTEST_DATABASE_URL) sh('bash', ['tools/pg-cluster.sh', 'stop']);
}

// ---- Measurement ------------------------------------------------------------------------

async function timed(url: string): Promise<number> {
  const t = performance.now();
  await request(url);
  return performance.now() - t;
}

/** Closed loop: PAGE_CONCURRENCY clients requesting `url` for PAGE_SECONDS; answers per second. */
async function reqPerSecond(url: string): Promise<{ rps: number; p95: number; status: number }> {
  const end = performance.now() + PAGE_SECONDS * 1000;
  const times: number[] = [];
  let status = 0;
  let failures = 0;
  await Promise.all(
    Array.from({ length: PAGE_CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        try {
          status = (await request(url)).status;
          times.push(performance.now() - t);
        } catch {
          failures++;
        }
      }
    }),
  );
  times.sort((a, b) => a - b);
  if (failures) log(`${url}: ${failures} failed requests`);
  return { rps: times.length / PAGE_SECONDS, p95: pct(times, 95), status };
}

// ---- The app ----------------------------------------------------------------------------

async function sessionCookie(user: { id: string; email: string }): Promise<string> {
  const { encode } = await import('next-auth/jwt');
  const token = await encode({ token: { sub: user.id, uid: user.id, sv: 0, email: user.email, name: user.email }, secret: SECRET, maxAge: 3600 });
  return `next-auth.session-token=${token}`;
}

/** The registration form's submission (POST /api/events/[slug]/registrations) or the Enrol button (POST /api/sessions/[id]/enrolment). */
async function callCommand(path: string, cookie: string, input: unknown): Promise<boolean> {
  const res = await request(`${BASE}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: BASE, cookie },
    body: JSON.stringify(input),
    agent: burstAgent,
  });
  if (process.env.LOADTEST_DEBUG) log(`${res.status} ${res.text.length} ${res.text.slice(0, 300)}`);
  if (res.status !== 200 || !res.text.includes('"ok":true')) throw new Error(`${res.status} ${res.text.slice(0, 200)}`);
  return true;
}

async function startServer(env: Env): Promise<void> {
  // LOADTEST_SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the server.
  const nodeArgs = (process.env.LOADTEST_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const server = spawn(process.execPath, [...nodeArgs, 'tools/server.mjs', '-p', String(PORT), '-H', '127.0.0.1'], {
    env: { ...process.env, ...env, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: BASE, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  children.push(server);
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await request(`${BASE}/api/health`)).status === 200) return;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error('the server did not answer /api/health within 120 s');
}

function stopServers() {
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

/**
 * A burst of registrations with the server killed (SIGKILL, every process) once a third of
 * them are answered. Then, from the database: every acknowledged registration is there with
 * its reference, and the event's counters match its rows (no seat or reference lost or doubled).
 */
async function crashPhase(c: NonNullable<Seeded['crash']>, env: Env): Promise<string> {
  const cookies = await Promise.all(c.users.map(sessionCookie));
  const acknowledged: string[] = [];
  let killed = false;
  log(`crash: ${c.n} simultaneous registrations, the server killed after ${Math.floor(c.n / 3)} answers…`);
  await Promise.all(
    c.users.map(async (_, i) => {
      try {
        const res = await request(`${BASE}/api/events/${c.slug}/registrations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: BASE, cookie: cookies[i]! },
          body: JSON.stringify({ values: c.values[i], locale: 'fr' }),
          agent: burstAgent,
        });
        const ref = res.text.match(/"referenceNumber":"([^"]+)"/)?.[1];
        if (res.status === 200 && res.text.includes('"ok":true') && ref) acknowledged.push(ref);
      } catch {
        // cut by the kill
      }
      if (!killed && acknowledged.length >= c.n / 3) {
        killed = true;
        for (const child of children) if (child.pid) try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
      }
    }),
  );
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  const found = await client.query(`SELECT count(*)::int AS n FROM "Registration" WHERE "eventId" = $1 AND "referenceNumber" = ANY($2)`, [c.eventId, acknowledged]);
  const counts = await client.query(
    `SELECT e."seatsTaken" AS seats, e."referenceCounter" AS refs,
       (SELECT count(*)::int FROM "Registration" r WHERE r."eventId" = e.id AND r.status IN ('SUBMITTED', 'APPROVED')) AS holding,
       (SELECT count(*)::int FROM "Registration" r WHERE r."eventId" = e.id) AS rows,
       (SELECT count(DISTINCT "referenceSeq")::int FROM "Registration" r WHERE r."eventId" = e.id) AS distinct,
       (SELECT count(*)::int FROM "EmailOutbox" m JOIN "Registration" r ON m."dedupeKey" = 'registration.submit:' || r.id WHERE r."eventId" = e.id) AS mails
     FROM "Event" e WHERE e.id = $1`,
    [c.eventId],
  );
  await client.end();
  const k = counts.rows[0] as { seats: number; refs: number; holding: number; rows: number; distinct: number; mails: number };
  const ok = found.rows[0].n === acknowledged.length && k.seats === k.holding && k.refs === k.rows && k.distinct === k.rows && k.mails === k.rows;
  return `crash (kill -9 of every server process mid-burst): ${acknowledged.length} acknowledged, ${found.rows[0].n} of them in the database; ${k.rows} registrations, references 1..${k.refs} (${k.distinct} distinct), seats taken ${k.seats} = ${k.holding} holding one, ${k.mails} e-mails queued: ${ok ? 'consistent' : 'INCONSISTENT'}`;
}

// ---- Run --------------------------------------------------------------------------------

const f = (n: number, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : '–');

async function main() {
  if (!existsSync(path.join(DIST, 'BUILD_ID'))) throw new Error(`no build in ${DIST}: run \`npm run build\` first`);
  const env = await prepareDatabase();
  Object.assign(process.env, env);
  log(`database: ${kind}${dbName ? ` (${dbName})` : ` (${env.PGLITE_DIR})`}; pool ${kind === 'postgres' ? POOL : 1}`);
  sh('npx', ['tsx', 'tools/db.ts', 'deploy'], env);
  log('seeding…');
  const seeded = await seed({ bursts: BURSTS, enrol: ENROL, enrolSeats: ENROL_SEATS, crash: CRASH, kind });
  log('raw baseline (same transactions, no app)…');
  const raw = await rawBaseline(kind, env.DATABASE_URL, POOL, seeded.baseline);
  const { disconnectDb } = await import('../src/lib/db');
  await disconnectDb(); // PGlite: one process only — hand the folder to the server
  log(`starting npm start (tools/server.mjs) on ${BASE}${kind === 'postgres' ? `, WEB_CONCURRENCY=${process.env.WEB_CONCURRENCY ?? 'one per core'}` : ''}…`);
  await startServer(env);

  const app = new Map<number, Stats>();
  let health: number[] = [];
  // Warm-up before any clock starts: every server process (WEB_CONCURRENCY, connections are
  // dealt round-robin) loads the pages, the health route and both command routes once — an
  // invalid input is refused by validation and writes nothing.
  const warmCookie = await sessionCookie(seeded.enrol.users[0]!);
  for (let i = 0; i < 8; i++) {
    await Promise.all([
      timed(`${BASE}/fr/events/${seeded.bursts[0]?.slug ?? seeded.publicSlug}`),
      timed(`${BASE}/api/health`),
      callCommand(`/api/sessions/${seeded.enrol.sessionId}/enrolment`, warmCookie, { locale: 'xx' }).catch(() => false),
      callCommand(`/api/events/${seeded.publicSlug}/registrations`, warmCookie, {}).catch(() => false),
    ]);
  }
  for (const b of seeded.bursts) {
    const cookies = await Promise.all(b.users.map(sessionCookie));
    let polling = b.n === BURSTS[0];
    const samples: number[] = [];
    const poller = (async () => {
      while (polling) {
        samples.push(await timed(`${BASE}/api/health`).catch(() => REQUEST_TIMEOUT_MS)); // a failed check counts as the worst
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    log(`burst: ${b.n} simultaneous registrations…`);
    const stats = await burst(
      b.users.map((u, i) => i),
      (i) => callCommand(`/api/events/${b.slug}/registrations`, cookies[i]!, { values: b.values[i], locale: 'fr' }),
    );
    polling = false;
    await poller;
    if (samples.length) health = samples.sort((a, c) => a - c);
    app.set(b.n, stats);
  }

  log(`enrolment race: ${ENROL} delegates, ${ENROL_SEATS} seats…`);
  const enrolCookies = await Promise.all(seeded.enrol.users.map(sessionCookie));
  const enrol = await burst(seeded.enrol.users.map((u, i) => i), (i) => callCommand(`/api/sessions/${seeded.enrol.sessionId}/enrolment`, enrolCookies[i]!, { locale: 'fr' }));

  log('public pages…');
  const chunk = readdirSync(path.join(DIST, 'static', 'chunks')).find((n) => n.endsWith('.js'));
  const pages: [string, string][] = [
    ['static file (JS chunk)', `/_next/static/chunks/${chunk}`],
    ['/api/health', '/api/health'],
    ['home', '/fr'],
    ['event page', `/fr/events/${seeded.publicSlug}`],
    ['programme page', `/fr/events/${seeded.publicSlug}/programme`],
    ['session page', `/fr/events/${seeded.publicSlug}/programme/${seeded.enrol.sessionId}`],
    ['unknown event (404)', '/fr/events/no-such-event'],
  ];
  const rps = new Map<string, { rps: number; p95: number; status: number }>();
  for (const [label, url] of pages) {
    await timed(`${BASE}${url}`);
    if (process.env.LOADTEST_DEBUG) {
      const r = await request(`${BASE}${url}`);
      log(`${label}: ${r.status} ${r.headers.location ?? ''} x-nextjs-cache=${r.headers['x-nextjs-cache'] ?? '-'} cache-control=${r.headers['cache-control'] ?? '-'} ${r.text.length} bytes`);
    }
    rps.set(label, await reqPerSecond(`${BASE}${url}`));
  }
  const staticRps = rps.get('static file (JS chunk)')!.rps;
  const crashReport = seeded.crash ? await crashPhase(seeded.crash, env) : null;

  console.log(`\n== npm run loadtest — ${kind}${kind === 'postgres' ? ` (pool ${POOL})` : ''}, ${new Date().toISOString()} ==`);
  console.log('registration bursts            ok/n        answers/s  first s   p50 s    p95 s    max s  | raw: /s    p50 s   p95 s  | app/raw');
  for (const b of seeded.bursts) {
    const a = app.get(b.n)!;
    const r = raw.get(b.n)!;
    console.log(`  ${String(b.n).padStart(5)} simultaneous         ${`${a.ok}/${a.n}`.padEnd(10)}  ${f(a.perSecond, 1).padStart(8)}  ${f(a.first).padStart(6)}  ${f(a.p50).padStart(6)}  ${f(a.p95).padStart(6)}  ${f(a.max).padStart(6)}  | ${f(r.perSecond, 1).padStart(7)}  ${f(r.p50).padStart(6)}  ${f(r.p95).padStart(6)}  | ${f((100 * a.perSecond) / r.perSecond, 0)}%`);
  }
  console.log(`enrolment race ${ENROL} → ${ENROL_SEATS} seats: ok ${enrol.ok}/${enrol.n}, first ${f(enrol.first)} s, p50 ${f(enrol.p50)} s, p95 ${f(enrol.p95)} s, ${f(enrol.perSecond, 1)} answers/s`);
  console.log(`/api/health during the ${BURSTS[0]}-burst: ${health.length} samples, p50 ${f(pct(health, 50), 0)} ms, p95 ${f(pct(health, 95), 0)} ms, max ${f(health.at(-1) ?? NaN, 0)} ms`);
  console.log(`public pages (${PAGE_CONCURRENCY} clients, ${PAGE_SECONDS} s each)       req/s    p95 ms  status  vs static file`);
  for (const [label] of pages) {
    const r = rps.get(label)!;
    console.log(`  ${label.padEnd(40)} ${f(r.rps, 0).padStart(7)}  ${f(r.p95, 0).padStart(7)}  ${String(r.status).padStart(6)}  ${f((100 * r.rps) / staticRps, 0)}%`);
  }
  if (crashReport) console.log(crashReport);
  console.log('targets: 500-burst ≥ 50% of raw, p95 ≤ 2 s, first ≤ 0.5 s; 1,200-burst p95 ≤ 5 s; health p95 ≤ 200 ms; PGlite ≥ 50/s; enrolment p95 ≤ 1.5 s; event/programme ≥ 30% of static.');
}

process.on('unhandledRejection', (error) => log(`unhandled: ${String(error)}`));

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    stopServers();
    await new Promise((r) => setTimeout(r, 3000));
    // The whole group: the server's worker processes may outlive it.
    for (const child of children) if (child.pid) try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    await dropDatabase();
    process.exit();
  });
