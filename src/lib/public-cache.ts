import 'server-only';
import { revalidateTag, unstable_cache } from 'next/cache';

// Data-level cache for the public pages (home, event, programme, session). Pages stay
// dynamic (the signed-in parts read the session cookie and are never cached), but the
// event and programme reads behind them come from Next's data cache:
// - every entry carries the tag PUBLIC_TAG; any staff action or staff route handler
//   (features/auth/clients.ts) expires it at once, so a staff change shows on the next request;
// - entries also expire after PUBLIC_REVALIDATE_S seconds (seat counts changed by delegates'
//   enrolments and registrations may lag that long on public pages — never in an action's answer).
// unstable_cache stores JSON: Dates are encoded and revived here.

export const PUBLIC_TAG = 'public-data';
const PUBLIC_REVALIDATE_S = Number(process.env.PUBLIC_CACHE_SECONDS ?? 5) || 5;

const DATE = '__date';

function encode(value: unknown): unknown {
  if (value instanceof Date) return { [DATE]: value.toISOString() };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record[DATE] === 'string' && Object.keys(record).length === 1) return new Date(record[DATE]);
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

/**
 * `fn` with its results cached per arguments (JSON-serialisable arguments only), tagged
 * PUBLIC_TAG. Outside a Next.js server (scripts, tests, benchmarks) it simply calls `fn`.
 */
export function publicCached<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  const cached = unstable_cache(async (...args: A) => encode(await fn(...args)), ['public', name], { tags: [PUBLIC_TAG], revalidate: PUBLIC_REVALIDATE_S });
  return async (...args: A) => (process.env.NEXT_RUNTIME ? (decode(await cached(...args)) as R) : fn(...args));
}

/** Expires every public entry now (after a staff change). Safe to call outside a request. */
export function expirePublicData(): void {
  try {
    revalidateTag(PUBLIC_TAG, { expire: 0 });
  } catch {
    // Outside a Next.js request (scripts, tests): nothing is cached there.
  }
}
