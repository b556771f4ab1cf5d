// Migration CLI on the WebAssembly schema engine (the native Prisma engines
// cannot be downloaded here; see /work/shared/TOOLCHAIN.md).
//
//   tsx tools/db.ts create <name>   author prisma/migrations/<ts>_<name>/migration.sql
//   tsx tools/db.ts deploy          apply pending migrations (like `prisma migrate deploy`)
//   tsx tools/db.ts check           exit 1 on drift / pending migrations, else "no drift"
//   tsx tools/db.ts reset [--seed [seed args…]]   drop everything, deploy, optionally seed
//
// Database: DATABASE_URL=postgres(ql)://… → PostgreSQL, else PGlite in
// PGLITE_DIR (default .data/pglite), the same rules as src/lib/db.ts.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import {
  applyMigrations,
  checkDrift,
  createMigration,
  describeTarget,
  dropAll,
  ROOT,
  targetFromEnv,
} from './migrate-lib';

const USAGE = 'usage: tsx tools/db.ts create <name> | deploy | check | reset [--seed [args…]]';

async function deploy(): Promise<number> {
  const target = targetFromEnv();
  const t0 = Date.now();
  const applied = await applyMigrations(target);
  const list = applied.length ? applied.map((n) => `  ${n}`).join('\n') : '  (none pending)';
  console.log(`Applied ${applied.length} migration(s) to ${describeTarget(target)} in ${Date.now() - t0} ms\n${list}`);
  return 0;
}

async function check(): Promise<number> {
  const target = targetFromEnv();
  const report = await checkDrift(target);
  if (report.ok) {
    console.log(`no drift (${describeTarget(target)})`);
    return 0;
  }
  const pending = report.history?.diagnostic === 'databaseIsBehind' ? report.history.unappliedMigrationNames : [];
  if (pending.length) {
    // The schema diff of an un-migrated database is just those migrations: do not print it.
    console.log(`Pending migrations (run \`npm run db:migrate:deploy\`):\n${pending.map((n) => `  ${n}`).join('\n')}`);
    return 1;
  }
  if (report.history) console.log(`Migration history: ${JSON.stringify(report.history)}`);
  if (report.failedMigrations.length) console.log(`Failed migrations: ${report.failedMigrations.join(', ')}`);
  if (report.editedMigrations.length) console.log(`Edited since applied: ${report.editedMigrations.join(', ')}`);
  if (report.driftSql) console.log(`Drift: the database differs from prisma/schema.prisma:\n${report.driftSql}`);
  return 1;
}

async function create(name: string | undefined): Promise<number> {
  if (!name) {
    console.error(USAGE);
    return 2;
  }
  const file = await createMigration(name);
  console.log(file ? `Wrote ${path.relative(ROOT, file)}` : 'no changes');
  return 0;
}

async function reset(args: string[]): Promise<number> {
  const target = targetFromEnv();
  await dropAll(target);
  console.log(`Dropped everything in ${describeTarget(target)}`);
  await deploy();
  const seedAt = args.indexOf('--seed');
  if (seedAt < 0) return 0;
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  const seed = spawnSync(tsx, ['prisma/seed.ts', ...args.slice(seedAt + 1)], {
    cwd: ROOT,
    env: process.env,
    stdio: 'inherit',
  });
  if (seed.error) throw seed.error;
  return seed.status ?? 1;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'create':
      return create(args[0]);
    case 'deploy':
      return deploy();
    case 'check':
      return check();
    case 'reset':
      return reset(args);
    default:
      console.error(USAGE);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
