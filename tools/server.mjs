// `npm start`: Next's production server, with one addition — the TCP peer
// address in the `x-rencontre-peer` header (always overwritten, so a client
// cannot choose it). Next's own handler only fills X-Forwarded-For with the
// socket address when the client sent none, which lets any client pick the
// address the rate limits see; src/lib/client-ip.ts reads the peer instead,
// and X-Forwarded-For only when TRUSTED_PROXIES says how many proxies append
// to it. The environment is checked at start by src/instrumentation.ts.
//
//   node tools/server.mjs [-p PORT] [-H HOST]      (PORT / HOSTNAME env also work)
import { createServer } from 'node:http';
import next from 'next';

const args = process.argv.slice(2);
const flag = (short, long) => {
  const i = args.findIndex((a) => a === short || a === long);
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(flag('-p', '--port') ?? process.env.PORT ?? 3000);
const hostname = flag('-H', '--hostname') ?? process.env.HOSTNAME ?? '0.0.0.0';

const app = next({ dev: false, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

createServer((req, res) => {
  req.headers['x-rencontre-peer'] = req.socket.remoteAddress ?? '';
  handle(req, res).catch((error) => {
    console.error('[server] unexpected error', error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
}).listen(port, hostname, () => {
  console.log(`[server] Rencontre on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
});
