// The one database client of the app.
//
// No `import 'server-only'` here on purpose: scripts (tsx), the seed and the
// tests import this module too. It must still never be imported from a client
// component (it would pull pg / PGlite into the browser bundle).
//
// Driver, chosen at first use:
// - DATABASE_URL=postgres://… or postgresql://… → PostgreSQL via @prisma/adapter-pg on a pg Pool;
// - otherwise embedded PGlite (pglite-prisma-adapter) in PGLITE_DIR (default
//   .data/pglite under process.cwd(); `memory://` = in-memory database).
//
// Verified behaviour (PGlite 0.5.16 + pglite-prisma-adapter 0.7.2, adapter-pg 7.10.1,
// PostgreSQL 15, checked 2026-11-22 with concurrent calls on both drivers):
// - Raw SQL: use `db.$executeRaw\`…\`` / `db.$queryRaw\`…\`` (tagged templates, parameters
//   are bound). `UPDATE … RETURNING …` through `$queryRaw` returns the rows on both drivers,
//   so atomic conditional updates work the same way everywhere:
//     const rows = await db.$queryRaw<{ seatsTaken: number }[]>`
//       UPDATE "Event" SET "seatsTaken" = "seatsTaken" + 1
//       WHERE id = ${id} AND ("capacity" IS NULL OR "seatsTaken" < "capacity")
//       RETURNING "seatsTaken"`;   // [] when full
// - Interactive transactions `db.$transaction(async (tx) => …)` work on both and roll back
//   when the callback throws.
// - PGlite has ONE connection: an interactive transaction holds it exclusively until it ends.
//   Concurrent transactions (and any other query) queue behind it and then run — they
//   serialise, they do not deadlock or fail — as long as each waits less than `maxWait`
//   to start (raised here to 15 s on PGlite; Prisma's default 2 s made the 8th of ten
//   concurrent 300 ms transactions fail with P2028 "Unable to start a transaction in the
//   given time") and finishes within `timeout` (default 5 s).
//   Consequence: inside `$transaction(async (tx) => …)` ALWAYS use `tx`, never `db`: a `db`
//   query there waits for the transaction that is waiting for it (stuck until the
//   transaction times out). That is a bug on PostgreSQL too (it runs outside the transaction).
// - `isolationLevel` is not applied on PGlite (it serialises everything anyway).
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client';

export type DbKind = 'pglite' | 'postgres';

interface DbState {
  client: PrismaClient;
  /** A second, small pool for reads that must never queue behind a burst of writes (health, public pages). */
  readClient: PrismaClient;
  kind: DbKind;
  pglite: PGlite | null;
  pool: pg.Pool | null;
  readPool: pg.Pool | null;
}

/** On PGlite, how long a transaction may wait for the single connection (Prisma's default: 2 s). */
const PGLITE_TX_MAX_WAIT_MS = 15_000;

const globalForDb = globalThis as typeof globalThis & { __rencontreDb?: DbState };

function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//.test(url);
}

/** Which driver the app uses (from the environment; does not connect). */
export function dbKind(): DbKind {
  return globalForDb.__rencontreDb?.kind ?? (isPostgresUrl(process.env.DATABASE_URL) ? 'postgres' : 'pglite');
}

/** The PGlite data folder in use (`memory://` for an in-memory database). */
export function pgliteDir(): string {
  const dir = process.env.PGLITE_DIR || '.data/pglite';
  return dir === 'memory://' ? dir : path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir);
}

function intEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw && /^\d+$/.test(raw) ? Number(raw) : NaN;
  return Number.isSafeInteger(n) ? n : fallback;
}

/**
 * PostgreSQL tuning (README, "Tuning"). Transactions are short (counters are
 * taken last, right before COMMIT), so a lock is never waited on for long: a
 * lock wait longer than DATABASE_LOCK_TIMEOUT_MS means something is wrong and
 * fails fast instead of holding a connection. 0 disables a timeout.
 */
export function poolSettings() {
  return {
    max: Math.max(1, intEnv('DATABASE_POOL_SIZE', 10)),
    readMax: Math.max(1, intEnv('DATABASE_READ_POOL_SIZE', 3)),
    lockTimeoutMs: intEnv('DATABASE_LOCK_TIMEOUT_MS', 5_000),
    statementTimeoutMs: intEnv('DATABASE_STATEMENT_TIMEOUT_MS', 30_000),
    idleInTransactionTimeoutMs: intEnv('DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS', 60_000),
    connectionTimeoutMs: intEnv('DATABASE_CONNECT_TIMEOUT_MS', 0),
    /** How long a transaction may wait for a pool connection (Prisma's default 2 s fails requests during a burst). */
    txMaxWaitMs: Math.max(1, intEnv('DATABASE_TX_MAX_WAIT_MS', 30_000)),
  };
}

function createPool(url: string, max: number, settings: ReturnType<typeof poolSettings>): pg.Pool {
  return new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: settings.connectionTimeoutMs,
    ...(settings.lockTimeoutMs > 0 ? { lock_timeout: settings.lockTimeoutMs } : {}),
    ...(settings.statementTimeoutMs > 0 ? { statement_timeout: settings.statementTimeoutMs } : {}),
    ...(settings.idleInTransactionTimeoutMs > 0 ? { idle_in_transaction_session_timeout: settings.idleInTransactionTimeoutMs } : {}),
  });
}

function createState(): DbState {
  const url = process.env.DATABASE_URL;
  if (isPostgresUrl(url)) {
    const settings = poolSettings();
    const pool = createPool(url, settings.max, settings);
    const readPool = createPool(url, settings.readMax, settings);
    return {
      client: new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions: { maxWait: settings.txMaxWaitMs } }),
      readClient: new PrismaClient({ adapter: new PrismaPg(readPool) }),
      kind: 'postgres',
      pglite: null,
      pool,
      readPool,
    };
  }
  const dir = pgliteDir();
  if (dir !== 'memory://') fs.mkdirSync(dir, { recursive: true });
  const pglite = new PGlite(dir);
  // PGlite runs in this thread and a query's promise settles without any I/O: under a burst,
  // the requests in flight went from query to query in one unbroken chain of promises and the
  // event loop never turned — a health check or a page waited 2–3 s. Each query the app sends
  // (outside a transaction) first lets the loop turn once.
  const query = pglite.query.bind(pglite);
  pglite.query = (async (...args: Parameters<typeof query>) => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    return query(...args);
  }) as typeof pglite.query;
  // One connection: transactions queue, so allow a longer wait to start than Prisma's 2 s.
  const client = new PrismaClient({ adapter: new PrismaPGlite(pglite), transactionOptions: { maxWait: PGLITE_TX_MAX_WAIT_MS } });
  return { client, readClient: client, kind: 'pglite', pglite, pool: null, readPool: null };
}

function state(): DbState {
  globalForDb.__rencontreDb ??= createState();
  return globalForDb.__rencontreDb;
}

/** The PrismaClient, created on first use and cached on globalThis (HMR, test files). */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = state().client;
    const value: unknown = Reflect.get(client, prop, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
  has(_target, prop) {
    return Reflect.has(state().client, prop);
  },
});

/**
 * The read pool's client (PostgreSQL; the same client as `db` on PGlite): for
 * reads outside transactions that must answer during a burst of writes — the
 * health check and the public pages' cached reads. Never for writes.
 */
export const dbRead: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = state().readClient;
    const value: unknown = Reflect.get(client, prop, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
});

/** The PGlite instance behind `db` (created if needed), or null on PostgreSQL. For tools and tests. */
export function getPglite(): PGlite | null {
  return state().pglite;
}

/** Disconnects and forgets the client; the next use of `db` creates a new one. */
export async function disconnectDb(): Promise<void> {
  const current = globalForDb.__rencontreDb;
  if (!current) return;
  globalForDb.__rencontreDb = undefined;
  await current.client.$disconnect();
  if (current.readClient !== current.client) await current.readClient.$disconnect();
  await current.pool?.end();
  await current.readPool?.end();
  if (current.pglite && !current.pglite.closed) await current.pglite.close();
}

/**
 * Runs a command-line script (seed, setup:admin, bench): exits with its code once the
 * database is closed (pools and PGlite keep the event loop alive otherwise), 1 on error.
 */
export function runScript(main: () => Promise<number | void>): void {
  main()
    .then(async (code) => {
      await disconnectDb();
      process.exit(code ?? 0);
    })
    .catch(async (error: unknown) => {
      console.error(error);
      await disconnectDb().catch(() => undefined);
      process.exit(1);
    });
}
