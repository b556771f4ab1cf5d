// The server behind the browser tests: a fresh PGlite folder with migrations
// and (smaller) demo data, then the production server (tools/server.mjs) on E2E_PORT. Needs a build
// (`npm run build`, or NEXT_DIST_DIR for a separate one).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';

const port = process.env.E2E_PORT ?? '3100';
const dataDir = path.resolve(process.env.E2E_PGLITE_DIR ?? `.data/e2e-${port}`);
const distDir = process.env.NEXT_DIST_DIR || '.next';
// Demo mode: the tests read verification and invitation links from the staff outbox.
const env = { ...process.env, PGLITE_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'production' as const, DEMO_MODE: '1', SMTP_URL: '' };

if (!existsSync(path.join(distDir, 'BUILD_ID'))) {
  console.error(`[e2e-server] no build in ${distDir}: run \`npm run build\` first (npm test does).`);
  process.exit(1);
}

rmSync(dataDir, { recursive: true, force: true });
const run = (args: string[]) => {
  const result = spawnSync('npx', ['tsx', ...args], { env, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run(['tools/db.ts', 'deploy']);
run(['prisma/seed.ts', '--demo', '--delegates', process.env.E2E_DELEGATES ?? '300']);

const server = spawn('node', ['tools/server.mjs', '-p', port, '-H', '127.0.0.1'], { env, stdio: 'inherit' });
const stop = () => server.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', (code) => process.exit(code ?? 0));
