// `npm test`: every test, in order of cost, with one summary line at the end.
//   1. type check and lint (gates, counted as one test each)
//   2. unit tests (Vitest)
//   3. integration tests on embedded PGlite
//   4. integration tests on PostgreSQL: TEST_POSTGRES_URL if set, else a
//      throwaway cluster started here when PostgreSQL 15 is installed
//   5. next build, then the browser tests (Playwright + axe) against next start
// Ends with "N passed, N failed" and exits non-zero when anything failed.
// SKIP_E2E=1 / SKIP_PG=1 leave a stage out (it is reported as skipped).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

type Stage = { name: string; passed: number; failed: number; skipped: number; seconds: number; note?: string };
const stages: Stage[] = [];
mkdirSync('.data/test-results', { recursive: true });

function run(cmd: string, args: string[], env: Record<string, string | undefined> = {}): { ok: boolean; seconds: number } {
  const started = Date.now();
  console.log(`\n$ ${[cmd, ...args].join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return { ok: result.status === 0, seconds: (Date.now() - started) / 1000 };
}

function gate(name: string, cmd: string, args: string[]) {
  const { ok, seconds } = run(cmd, args);
  stages.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, seconds });
}

function vitest(name: string, project: string, env: Record<string, string | undefined> = {}) {
  const out = `.data/test-results/${name.replace(/\W+/g, '-')}.json`;
  const { ok, seconds } = run('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], env);
  if (!existsSync(out)) return stages.push({ name, passed: 0, failed: 1, skipped: 0, seconds, note: 'no report' });
  const report = JSON.parse(readFileSync(out, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  // A file that fails to load has no failed test but fails the run: count it.
  const failed = report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
  stages.push({ name, passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests, seconds });
}

function playwright() {
  const out = '.data/test-results/e2e.json';
  const { ok, seconds } = run('npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  if (!existsSync(out)) return stages.push({ name: 'e2e (Playwright)', passed: 0, failed: 1, skipped: 0, seconds, note: 'no report' });
  const { stats } = JSON.parse(readFileSync(out, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  const failed = stats.unexpected + (ok || stats.unexpected > 0 ? 0 : 1);
  stages.push({ name: 'e2e (Playwright)', passed: stats.expected + stats.flaky, failed, skipped: stats.skipped, seconds, note: stats.flaky ? `${stats.flaky} flaky` : undefined });
}

function withPostgres(fn: (url: string) => void) {
  if (process.env.SKIP_PG) return stages.push({ name: 'integration (PostgreSQL)', passed: 0, failed: 0, skipped: 1, seconds: 0, note: 'SKIP_PG' });
  const given = process.env.TEST_POSTGRES_URL;
  if (given) return fn(given);
  const start = spawnSync('bash', ['tools/pg-cluster.sh', 'start'], { encoding: 'utf8' });
  if (start.status !== 0) {
    console.warn(`\n[tests] no PostgreSQL available (${start.stderr.trim()}): PostgreSQL integration tests skipped`);
    return stages.push({ name: 'integration (PostgreSQL)', passed: 0, failed: 0, skipped: 1, seconds: 0, note: 'no PostgreSQL' });
  }
  try {
    fn(start.stdout.trim());
  } finally {
    spawnSync('bash', ['tools/pg-cluster.sh', 'stop'], { stdio: 'inherit' });
  }
}

const started = Date.now();
gate('typecheck', 'npx', ['tsc', '--noEmit']);
gate('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
vitest('unit', 'unit');
vitest('integration (PGlite)', 'integration', { TEST_DB: 'pglite' });
withPostgres((url) => vitest('integration (PostgreSQL)', 'integration', { TEST_DB: 'postgres', TEST_POSTGRES_URL: url }));
if (process.env.SKIP_E2E) {
  stages.push({ name: 'e2e (Playwright)', passed: 0, failed: 0, skipped: 1, seconds: 0, note: 'SKIP_E2E' });
} else {
  const build = run('npx', ['next', 'build']);
  if (!build.ok) stages.push({ name: 'next build', passed: 0, failed: 1, skipped: 0, seconds: build.seconds });
  else playwright();
}

console.log('\n──── summary ────');
for (const s of stages) {
  console.log(`${s.name.padEnd(26)} ${String(s.passed).padStart(4)} passed ${String(s.failed).padStart(3)} failed ${String(s.skipped).padStart(3)} skipped  ${s.seconds.toFixed(0).padStart(4)} s${s.note ? `  (${s.note})` : ''}`);
}
const passed = stages.reduce((n, s) => n + s.passed, 0);
const failed = stages.reduce((n, s) => n + s.failed, 0);
const skipped = stages.reduce((n, s) => n + s.skipped, 0);
console.log(`total time ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
