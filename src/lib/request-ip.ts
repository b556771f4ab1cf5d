import 'server-only';
import { headers } from 'next/headers';
import { clientIpFrom, PEER_HEADER, trustedProxyCount } from './client-ip';

type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined> | undefined;

function read(source: HeaderSource, name: string): string | null {
  if (!source) return null;
  if (typeof (source as { get?: unknown }).get === 'function') return (source as { get(n: string): string | null }).get(name);
  const v = (source as Record<string, string | string[] | undefined>)[name];
  return (Array.isArray(v) ? v.join(',') : v) ?? null;
}

/** The client IP for headers from any source (NextAuth's req.headers, a Request). */
export function clientIpOf(source: HeaderSource): string | null {
  return clientIpFrom({ peer: read(source, PEER_HEADER), forwardedFor: read(source, 'x-forwarded-for') }, trustedProxyCount(process.env.TRUSTED_PROXIES));
}

/** The client IP of the current request (server actions); null outside a request. */
export async function requestIp(): Promise<string | null> {
  try {
    return clientIpOf(await headers());
  } catch {
    return null;
  }
}
