// `npm run demo`: the app with demo data on embedded PGlite, from a fresh clone.
// `npm run demo`: the app with demo data on embedded PGlite, from a fresh clone.
//   migrations -> demo data (only if the database is empty) -> build -> server (tools/server.mjs)
// in demo mode (DEMO_MODE=1): the staff outbox shows secret links, a banner says so.
// The auth secret is generated once and kept in .data/auth-secret; the data
// encryption key (passport numbers, dates of birth) likewise in .data/data-key.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';

mkdirSync('.data', { recursive: true });
const secretFile = '.data/auth-secret';
if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString('base64url'), { mode: 0o600 });
const dataKeyFile = '.data/data-key';
if (!existsSync(dataKeyFile)) writeFileSync(dataKeyFile, randomBytes(32).toString('base64'), { mode: 0o600 });
const port = process.env.PORT ?? '3000';
const env = {
  ...process.env,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? readFileSync(secretFile, 'utf8').trim(),
  DATA_ENCRYPTION_KEY: process.env.DATA_ENCRYPTION_KEY ?? readFileSync(dataKeyFile, 'utf8').trim(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
  DEMO_MODE: '1',
};

function step(label: string, cmd: string, args: string[]) {
  console.log(`\n[demo] ${label}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

step('applying migrations', 'npx', ['tsx', 'tools/db.ts', 'deploy']);
step('loading demo data (skipped when already there)', 'npx', ['tsx', 'prisma/seed.ts', '--if-empty', '--demo']);
step('building', 'npx', ['next', 'build']);
console.log(`\n[demo] Rencontre on http://localhost:${port} — demo accounts in README.md`);
const server = spawn('node', ['tools/server.mjs', '-p', port], { stdio: 'inherit', env });
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
