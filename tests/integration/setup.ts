// Runs in each worker before each integration test file.
// PostgreSQL: point the `db` singleton (src/lib/db.ts) at the database made by global-setup.ts.
// PGlite: one in-memory database shared by all files of the single worker
// (isolate: false), migrated once (globalThis flag).
import { inject } from 'vitest';
import { getPglite } from '@/lib/db';
import { applyMigrations } from '../../tools/migrate-lib';

const g = globalThis as typeof globalThis & { __rencontreItMigrated?: Promise<void> };
const databaseUrl = inject('databaseUrl');

if (databaseUrl) {
  process.env.DATABASE_URL = databaseUrl;
} else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = 'memory://';
  g.__rencontreItMigrated ??= (async () => {
    const pglite = getPglite();
    if (!pglite) throw new Error('expected the PGlite driver in integration tests');
    await applyMigrations({ pglite });
  })();
  await g.__rencontreItMigrated;
}
