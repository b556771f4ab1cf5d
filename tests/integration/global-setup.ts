// Integration-test database, once per run (main process).
// TEST_DB=postgres + TEST_POSTGRES_URL: create `rencontre_it_<timestamp>` on that
// server, apply the migrations, provide its URL to the workers, drop it at the end.
// Otherwise (PGlite, the default) nothing to do here: tests/integration/setup.ts
// migrates the in-memory PGlite of the single worker.
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { applyMigrations } from '../../tools/migrate-lib';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the PostgreSQL test database, or '' when the tests run on PGlite. */
    databaseUrl: string;
  }
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  if (process.env.TEST_DB !== 'postgres') {
    project.provide('databaseUrl', '');
    return;
  }
  const serverUrl = process.env.TEST_POSTGRES_URL;
  if (!serverUrl) throw new Error('TEST_DB=postgres needs TEST_POSTGRES_URL (e.g. from tools/pg-cluster.sh start)');
  const name = `rencontre_it_${Date.now()}`;
  await admin(serverUrl, `CREATE DATABASE "${name}"`);
  const databaseUrl = withDatabase(serverUrl, name);
  await applyMigrations({ databaseUrl });
  project.provide('databaseUrl', databaseUrl);
  return async () => {
    if (process.env.TEST_KEEP_DB) return;
    await admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
}
