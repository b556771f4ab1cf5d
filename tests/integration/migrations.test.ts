// Applying every migration to an empty database yields no drift against
// prisma/schema.prisma — on an in-memory PGlite always, and on PostgreSQL when
// TEST_POSTGRES_URL is set (in a fresh database dropped at the end).
// Negative control: a column added by hand must be reported as drift.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, checkDrift, type DbTarget, readMigrations } from '../../tools/migrate-lib';
import { withDatabase } from './global-setup';

interface Backend {
  target: DbTarget;
  exec: (sql: string) => Promise<unknown>;
}

function migrationSuite(name: string, open: () => Promise<Backend>, close: () => Promise<void>) {
  describe(`migrations on ${name}`, () => {
    let backend: Backend;
    beforeAll(async () => {
      backend = await open();
    });
    afterAll(close);

    it('reports the empty database as behind the migrations folder', async () => {
      const { migrationDirectories } = await readMigrations();
      expect(migrationDirectories.length).toBeGreaterThan(0);
      const report = await checkDrift(backend.target);
      expect(report.ok).toBe(false);
      expect(report.history?.diagnostic).toBe('databaseIsBehind');
    });

    it('applies every migration and then shows no drift', async () => {
      const { migrationDirectories } = await readMigrations();
      const applied = await applyMigrations(backend.target);
      expect(applied).toEqual(migrationDirectories.map((m) => m.path));
      const report = await checkDrift(backend.target);
      expect(report).toEqual({ ok: true, driftSql: '', history: null, failedMigrations: [], editedMigrations: [] });
      expect(await applyMigrations(backend.target)).toEqual([]);
    });

    it('detects drift (negative control)', async () => {
      await backend.exec('ALTER TABLE "User" ADD COLUMN "zzz" int');
      const report = await checkDrift(backend.target);
      expect(report.ok).toBe(false);
      expect(report.driftSql).toContain('"zzz"');
      expect(report.history).toBeNull();
    });
  });
}

let pglite: PGlite | null = null;
migrationSuite(
  'PGlite (in memory)',
  async () => {
    const instance = new PGlite('memory://');
    pglite = instance;
    return { target: { pglite: instance }, exec: (sql) => instance.exec(sql) };
  },
  async () => {
    await pglite?.close();
  },
);

const serverUrl = process.env.TEST_POSTGRES_URL;
const dbName = `rencontre_mig_${Date.now()}_${process.pid}`;
let pool: pg.Pool | null = null;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe.runIf(!!serverUrl)('PostgreSQL (TEST_POSTGRES_URL)', () => {
  migrationSuite(
    'PostgreSQL',
    async () => {
      await admin(`CREATE DATABASE "${dbName}"`);
      const databaseUrl = withDatabase(serverUrl ?? '', dbName);
      const p = new pg.Pool({ connectionString: databaseUrl, max: 1 });
      pool = p;
      return { target: { databaseUrl }, exec: (sql) => p.query(sql) };
    },
    async () => {
      await pool?.end();
      await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    },
  );
});
