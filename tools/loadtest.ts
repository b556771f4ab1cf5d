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
// dominate the run), and replays the real server actions (ids from the build's manifest).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

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

// ---- Seed -------------------------------------------------------------------------------

type Seeded = {
  crash: { n: number; slug: string; eventId: string; values: Record<string, unknown>[]; users: { id: string; email: string }[] } | null;
  bursts: { n: number; slug: string; values: Record<string, unknown>[]; users: { id: string; email: string }[] }[];
  baseline: { n: number; eventId: string; code: string; feeId: string; users: { id: string; email: string }[] }[];
  enrol: { slug: string; sessionId: string; users: { id: string; email: string }[] };
  publicSlug: string;
};

async function seed(): Promise<Seeded> {
  const { db } = await import('../src/lib/db');
  const { createRegistrationEvent, validValues } = await import('../tests/factories/registration');
  const { createEvent } = await import('../tests/factories');
  const makeUsers = async (n: number, tag: string) => {
    const data = Array.from({ length: n }, (_, i) => ({ email: `lt-${tag}-${i}-${randomUUID().slice(0, 6)}@loadtest.example`, name: `Délégué ${tag} ${i}`, passwordHash: 'x', emailVerifiedAt: new Date() }));
    for (let i = 0; i < data.length; i += 500) await db.user.createMany({ data: data.slice(i, i + 500) });
    return db.user.findMany({ where: { email: { in: data.map((d) => d.email) } }, select: { id: true, email: true }, orderBy: { email: 'asc' } });
  };
  const bursts: Seeded['bursts'] = [];
  const baseline: Seeded['baseline'] = [];
  for (const n of BURSTS) {
    const users = await makeUsers(n, `b${n}`);
    const event = await createRegistrationEvent({ capacity: Math.floor(n / 2) });
    bursts.push({ n, slug: event.slug, users, values: users.map((u) => validValues(event, { email: u.email }) as unknown as Record<string, unknown>) });
    const raw = await createRegistrationEvent({ capacity: Math.floor(n / 2) });
    baseline.push({ n, eventId: raw.id, code: raw.code, feeId: raw.feeCategories[1]!.id, users });
  }
  // Enrolment race: ENROL approved registrations, one session of ENROL_SEATS seats.
  const enrolEvent = await createEvent({ capacity: null, requiresApproval: false });
  const enrolUsers = await makeUsers(ENROL, 'e');
  await db.registration.createMany({
    data: enrolUsers.map((u, i) => ({
      eventId: enrolEvent.id, userId: u.id, referenceSeq: i + 1, referenceNumber: `${enrolEvent.code}-${String(i + 1).padStart(5, '0')}`, status: 'APPROVED' as const,
      firstName: 'Awa', lastName: `Diallo ${i}`, email: u.email, organization: 'Coopérative', organizationKind: 'COOPERATIVE' as const, country: 'SN', continent: 'AFRICA' as const,
      searchText: `awa diallo ${u.email}`, languages: ['fr'], interpretationNeeds: [], consentVersion: '1', consentedAt: new Date(), calendarToken: randomBytes(24).toString('base64url'),
    })),
  });
  const session = await db.session.create({
    data: { eventId: enrolEvent.id, kind: 'WORKSHOP', title: { fr: 'Atelier de charge', en: 'Load workshop' }, startsAt: new Date(enrolEvent.startDate.getTime() + 9 * 3_600_000), endsAt: new Date(enrolEvent.startDate.getTime() + 10 * 3_600_000), capacity: ENROL_SEATS, workingLanguages: ['fr'], interpretationLanguages: [] },
  });
  // A few more sessions so the programme page has some content.
  for (let i = 1; i <= 12; i++) {
    await db.session.create({ data: { eventId: enrolEvent.id, kind: 'WORKSHOP', title: { fr: `Atelier ${i}`, en: `Workshop ${i}` }, startsAt: new Date(enrolEvent.startDate.getTime() + (9 + i) * 3_600_000), endsAt: new Date(enrolEvent.startDate.getTime() + (10 + i) * 3_600_000), capacity: 40, workingLanguages: ['fr'], interpretationLanguages: ['en'] } });
  }
  // The crash phase (PostgreSQL only): its own event and users.
  let crash: Seeded['crash'] = null;
  if (kind === 'postgres' && CRASH > 0) {
    const users = await makeUsers(CRASH, 'k');
    const event = await createRegistrationEvent({ capacity: Math.floor(CRASH / 3) });
    crash = { n: CRASH, slug: event.slug, eventId: event.id, users, values: users.map((u) => validValues(event, { email: u.email }) as unknown as Record<string, unknown>) };
  }
  return { crash, bursts, baseline, enrol: { slug: enrolEvent.slug, sessionId: session.id, users: enrolUsers }, publicSlug: enrolEvent.slug };
}

// ---- Raw baseline: the same transactions without the app ---------------------------------

// The statements of submitRegistration's common path (src/features/registrations/submit/mutations.ts,
// submitInOneStatement), verbatim: three reads, then one statement in autocommit.
const SUBMIT_SQL = `
  WITH prev AS (
    SELECT id, "seatsTaken", capacity, "referenceCounter" FROM "Event" WHERE id = $1 FOR NO KEY UPDATE
  ), c AS (
    UPDATE "Event" e SET "referenceCounter" = prev."referenceCounter" + 1,
      "seatsTaken" = prev."seatsTaken" + CASE WHEN prev.capacity IS NULL OR prev."seatsTaken" < prev.capacity THEN 1 ELSE 0 END
    FROM prev WHERE e.id = prev.id
    RETURNING e."referenceCounter" AS seq,
      e.code || '-' || lpad(e."referenceCounter"::text, GREATEST(5, length(e."referenceCounter"::text)), '0') AS ref,
      (prev.capacity IS NULL OR prev."seatsTaken" < prev.capacity) AS seat
  ), fee AS (
    SELECT GREATEST(0, COALESCE((SELECT "amountMinor" FROM "FeeCategory" WHERE id = $2 AND "eventId" = $1), 0)) AS due
  ), g AS (
    INSERT INTO "Registration" (id, "eventId", "userId", "participantType", "feeCategoryId", "firstName", "lastName", email, organization, "organizationKind",
        country, continent, languages, "interpretationNeeds", dietary, accessibility, "customAnswers", "consentVersion", "consentedAt", "submittedAt",
        "calendarToken", "createdAt", "updatedAt", "searchText", "referenceSeq", "referenceNumber", status, "decidedAt", "amountDueMinor", "amountPaidMinor", "paymentStatus")
    SELECT j.id, j."eventId", j."userId", j."participantType", j."feeCategoryId", j."firstName", j."lastName", j.email, j.organization, j."organizationKind",
        j.country, j.continent, j.languages, j."interpretationNeeds", j.dietary, j.accessibility, j."customAnswers", j."consentVersion", j."consentedAt", j."submittedAt",
        j."calendarToken", j."createdAt", j."updatedAt", replace(j."searchText", 'rencontrereftoken', lower(c.ref)), c.seq, c.ref,
      (CASE WHEN c.seat THEN 'SUBMITTED' ELSE 'WAITLISTED' END)::"RegistrationStatus", NULL,
      fee.due, 0, (CASE WHEN fee.due <= 0 THEN 'PAID' ELSE 'UNPAID' END)::"PaymentStatus"
    FROM jsonb_populate_record(NULL::"Registration", $3::jsonb) j, c, fee
    RETURNING id, "referenceNumber", status::text AS status
  ), k AS (
    INSERT INTO "ConsentRecord" (id, "userId", "eventId", "registrationId", "noticeVersion", context, "createdAt")
    SELECT $4, $5, $1, g.id, '2026-1', 'registration.submit', now() FROM g
  ), d AS (
    DELETE FROM "RegistrationDraft" WHERE "userId" = $5 AND "eventId" = $1 AND EXISTS (SELECT 1 FROM g)
  ), a AS (
    INSERT INTO "AuditLog" (id, "actorId", "eventId", action, "entityType", "entityId", data)
    SELECT $6, $5, $1, 'registration.submit', 'Registration', g.id, jsonb_build_object('status', g.status, 'referenceNumber', g."referenceNumber") FROM g
  ), m AS (
    INSERT INTO "EmailOutbox" (id, "to", "userId", locale, template, subject, text, html, "dedupeKey")
    SELECT $7, $8, $5, 'fr'::"Locale", CASE WHEN c.seat THEN 'registration.received' ELSE 'registration.waitlisted' END,
      replace('Inscription rencontrereftoken', 'rencontrereftoken', g."referenceNumber"), replace($9, 'rencontrereftoken', g."referenceNumber"),
      replace($9, 'rencontrereftoken', g."referenceNumber"), 'registration.submit:' || g.id FROM g, c
  )
  SELECT id, "referenceNumber", status FROM g`;

type Query = (sql: string, params?: unknown[]) => Promise<unknown[]>;

async function rawSubmit(query: Query, b: Seeded['baseline'][number], user: { id: string; email: string }) {
  // The app's reads, as it sends them: the session's user (features/auth/data.ts getActor), the
  // form's event (registrations/data.ts findEventForRegistration), the prior state (submit/mutations.ts).
  await query(`SELECT id, role::text, name, email, locale::text, "disabledAt", "sessionVersion" FROM "User" WHERE id = $1 LIMIT 1`, [user.id]);
  await query(
    `SELECT e.*, COALESCE((SELECT json_agg(json_build_object('id', f.id, 'code', f.code, 'label', f.label, 'description', f.description, 'amountMinor', f."amountMinor", 'currency', f.currency) ORDER BY f."sortOrder", f.id)
        FROM "FeeCategory" f WHERE f."eventId" = e.id AND f.active), '[]'::json) AS "feeCategories",
      COALESCE((SELECT json_agg(json_build_object('key', q.key, 'type', q.type, 'label', q.label, 'options', q.options, 'required', q.required, 'showIfKey', q."showIfKey", 'showIfValue', q."showIfValue") ORDER BY q."sortOrder", q.id)
        FROM "CustomQuestion" q WHERE q."eventId" = e.id), '[]'::json) AS questions
     FROM "Event" e WHERE e.id = $1`,
    [b.eventId],
  );
  await query(
    `SELECT r.id, r."referenceNumber", r.status::text AS status,
       (SELECT i."delegationId" FROM "DelegationInvite" i JOIN "Delegation" d ON d.id = i."delegationId" WHERE i."userId" = $2 AND i."acceptedAt" IS NOT NULL AND d."eventId" = $1 AND d.status = 'APPROVED' ORDER BY i."acceptedAt" DESC, i.id LIMIT 1) AS invite
     FROM (SELECT 1) AS one LEFT JOIN "Registration" r ON r."eventId" = $1 AND r."userId" = $2`,
    [b.eventId, user.id],
  );
  const now = new Date().toISOString();
  const record = {
    id: randomUUID(), eventId: b.eventId, userId: user.id, participantType: 'DELEGATE', feeCategoryId: b.feeId, firstName: 'Mame Diarra', lastName: 'Guèye', email: user.email,
    organization: 'Réseau', organizationKind: 'WOMENS_GROUP', country: 'SN', continent: 'AFRICA', languages: ['fr', 'wo'], interpretationNeeds: [], dietary: [], accessibility: [],
    customAnswers: { first_rencontre: 'yes' }, consentVersion: '2026-1', consentedAt: now, submittedAt: now, calendarToken: randomBytes(32).toString('base64url'), createdAt: now, updatedAt: now,
    searchText: `mame diarra gueye ${user.email} rencontrereftoken`,
  };
  const body = 'Bonjour, votre inscription rencontrereftoken est reçue.\n\nRencontre';
  await query(SUBMIT_SQL, [b.eventId, b.feeId, JSON.stringify(record), randomUUID(), user.id, randomUUID(), randomUUID(), user.email, body]);
}

async function rawBaseline(env: Env, seeded: Seeded): Promise<Map<number, Stats>> {
  const out = new Map<number, Stats>();
  if (kind === 'postgres') {
    const pg = (await import('pg')).default;
    const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: POOL });
    const query: Query = async (sql, params) => (await pool.query(sql, params)).rows;
    for (const b of seeded.baseline) out.set(b.n, await burst(b.users, (u) => rawSubmit(query, b, u).then(() => true)));
    await pool.end();
  } else {
    const { getPglite } = await import('../src/lib/db');
    const lite = getPglite()!;
    const query: Query = async (sql, params) => (await lite.query(sql, params)).rows;
    for (const b of seeded.baseline) out.set(b.n, await burst(b.users, (u) => rawSubmit(query, b, u).then(() => true)));
  }
  return out;
}

// ---- Measurement ------------------------------------------------------------------------

type Stats = { n: number; ok: number; seconds: number; perSecond: number; first: number; p50: number; p95: number; max: number };

function pct(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Fires every call at once; latency of each from the start of the burst. */
async function burst<T>(items: T[], call: (item: T) => Promise<boolean>): Promise<Stats> {
  const start = performance.now();
  const times: number[] = [];
  let ok = 0;
  let failed = 0;
  await Promise.all(
    items.map(async (item) => {
      try {
        if (await call(item)) ok++;
      } catch (error) {
        if (failed++ === 0) log(`first failure: ${String(error).slice(0, 300)}${(error as { cause?: unknown }).cause ? ` (${String((error as { cause?: unknown }).cause)})` : ''}`);
      }
      times.push(performance.now() - start);
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  times.sort((a, b) => a - b);
  return { n: items.length, ok, seconds, perSecond: ok / seconds, first: times[0]! / 1000, p50: pct(times, 50) / 1000, p95: pct(times, 95) / 1000, max: times.at(-1)! / 1000 };
}

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
  const seeded = await seed();
  log('raw baseline (same transactions, no app)…');
  const raw = await rawBaseline(env, seeded);
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
