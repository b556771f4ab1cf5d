import { defineConfig } from 'prisma/config';

// Prisma 7 config. No datasource URL here: the app picks its driver adapter at
// run time (PGlite or PostgreSQL, see src/lib/db.ts) and migrations run through
// tools/db.ts on the WebAssembly schema engine (see ../README.md).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
