// Loader hooks for the bench's child processes (node --import tsx --import ./bench/register.mjs):
// - `server-only` is a no-op outside Next (it throws by design when imported elsewhere);
// - the session (next-auth, which needs a Next request) is replaced by bench/session-stub.ts,
//   so the bench calls the real route handlers, with authorization and audit, as BENCH_USER_ID.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
const stub = new URL(${JSON.stringify(new URL('./session-stub.ts', import.meta.url).href)});
export async function resolve(specifier, context, next) {
  if (specifier === 'server-only') return { url: 'data:text/javascript,export {}', shortCircuit: true };
  const resolved = await next(specifier, context);
  if (resolved.url.endsWith('/src/features/auth/session.ts')) return { ...resolved, url: stub.href };
  return resolved;
}`),
  import.meta.url,
);
