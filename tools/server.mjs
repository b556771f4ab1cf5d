// `npm start`: Next's production server, with one addition — the TCP peer
// address in the `x-rencontre-peer` header (always overwritten, so a client
// cannot choose it). Next's own handler only fills X-Forwarded-For with the
// socket address when the client sent none, which lets any client pick the
// address the rate limits see; src/lib/client-ip.ts reads the peer instead,
// and X-Forwarded-For only when TRUSTED_PROXIES says how many proxies append
// to it. The environment is checked at start by src/instrumentation.ts.
//
//   node tools/server.mjs [-p PORT] [-H HOST]      (PORT / HOSTNAME env also work)
//
// WEB_CONCURRENCY: how many server processes share the port (node:cluster), each a stateless
// instance with its own database pool (DATABASE_POOL_SIZE each) and its own in-memory page cache.
// One Node process renders on one core; on PostgreSQL the default is one per core (at most 4).
// Embedded PGlite allows one process only (it owns its data folder): always 1 there.
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import { availableParallelism } from 'node:os';
import next from 'next';

const args = process.argv.slice(2);
const flag = (short, long) => {
  const i = args.findIndex((a) => a === short || a === long);
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(flag('-p', '--port') ?? process.env.PORT ?? 3000);
const hostname = flag('-H', '--hostname') ?? process.env.HOSTNAME ?? '0.0.0.0';

const postgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '');
const asked = Number(process.env.WEB_CONCURRENCY);
const workers = !postgres ? 1 : Number.isInteger(asked) && asked > 0 ? Math.min(asked, 32) : Math.min(availableParallelism(), 4);

// Each process accepts its own connections (the OS spreads them): with round-robin the primary
// hands every connection over one by one, and a health check arriving after a burst of 1,200
// waited seconds for its turn.
cluster.schedulingPolicy = cluster.SCHED_NONE;

if (workers > 1 && cluster.isPrimary) {
  console.log(`[server] ${workers} processes (WEB_CONCURRENCY)`);
  let stopping = false;
  const fork = () => {
    let listened = false;
    const worker = cluster.fork();
    worker.on('listening', () => {
      listened = true;
    });
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      if (!listened) {
        // It never started (the environment check refused it, the port is taken…): every
        // restart would end the same way. Stop with its code rather than loop.
        stopping = true;
        console.error(`[server] a process failed to start (${signal ?? code}); stopping`);
        for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
        process.exitCode = typeof code === 'number' && code !== 0 ? code : 1;
        return;
      }
      console.error(`[server] a process ended (${signal ?? code}); starting another`);
      setTimeout(fork, 1000);
    });
  };
  for (let i = 0; i < workers; i++) fork();
  for (const signal of ['SIGTERM', 'SIGINT']) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
      setTimeout(() => process.exit(0), 10_000).unref();
      cluster.on('exit', () => {
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      });
    });
  }
} else {
  await serve();
}

async function serve() {
  // Stop on SIGTERM/SIGINT with a normal exit (as `next start` does): exit hooks run.
  for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => process.exit(0));
  const app = next({ dev: false, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();

  createServer((req, res) => {
    req.headers['x-rencontre-peer'] = req.socket.remoteAddress ?? '';
    const run = () =>
      handle(req, res).catch((error) => {
        console.error('[server] unexpected error', error);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
    if (isFormWrite(req)) admitAction(req, res, run);
    else run();
  }).listen(port, hostname, () => {
    console.log(`[server] Rencontre on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
  });
}

/** A server action, or a command route (POST under /api/ but NextAuth's: registration submit, enrolment). */
function isFormWrite(req) {
  if (req.method !== 'POST') return false;
  if (req.headers['next-action']) return true;
  const url = req.url ?? '';
  return url.startsWith('/api/') && !url.startsWith('/api/auth/');
}

// Form writes (registrations, enrolments: the bursts of an opening) are handed to Next a
// bounded number at a time, in arrival order (ACTION_CONCURRENCY, default 16 per process). The
// others wait here, costing nothing, instead of all being parsed, authenticated and validated at
// once: the first answers leave at once, the event loop stays responsive for pages and health
// checks (never queued), and a burst's total time is unchanged. A client that gives up while
// waiting loses its place.
const actionLimit = Number.isInteger(Number(process.env.ACTION_CONCURRENCY)) && Number(process.env.ACTION_CONCURRENCY) > 0 ? Number(process.env.ACTION_CONCURRENCY) : 16;
let actionsRunning = 0;
const actionQueue = [];

function admitAction(req, res, run) {
  const start = () => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      actionsRunning--;
      for (let next = actionQueue.shift(); next; next = actionQueue.shift()) {
        if (next.closed) continue;
        actionsRunning++;
        next.start();
        break;
      }
    };
    res.once('finish', finish);
    res.once('close', finish);
    run();
  };
  if (actionsRunning < actionLimit) {
    actionsRunning++;
    start();
    return;
  }
  const entry = { start, closed: false };
  res.once('close', () => {
    entry.closed = true;
  });
  actionQueue.push(entry);
}
