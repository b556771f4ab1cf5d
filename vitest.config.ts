import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Integration database (see tests/integration/global-setup.ts):
// - default (TEST_DB=pglite): ONE worker, no isolation, so every test file shares
//   one in-memory PGlite through the `db` singleton (PGLITE_DIR=memory://);
//   tests/integration/setup.ts applies the migrations once per worker.
// - TEST_DB=postgres + TEST_POSTGRES_URL: globalSetup creates a fresh database
//   `rencontre_it_<timestamp>` on that server, migrates it and provides its URL
//   (inject('databaseUrl')); test files run in parallel workers; teardown drops it.
const usePostgres = process.env.TEST_DB === 'postgres';

const src = fileURLToPath(new URL('./src', import.meta.url));
const tests = fileURLToPath(new URL('./tests', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${src}/` },
      { find: /^@tests\//, replacement: `${tests}/` },
      { find: /^server-only$/, replacement: `${tests}/stubs/server-only.ts` },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'tools/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/integration/global-setup.ts'],
          setupFiles: ['tests/integration/mocks.ts', 'tests/integration/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          ...(usePostgres ? {} : { pool: 'forks', maxWorkers: 1, fileParallelism: false, isolate: false }),
        },
      },
    ],
  },
});
