/**
 * The client's address, as far as this server can know it (pure; unit-tested).
 *
 * - `peer`: the TCP peer, set by our server (tools/server.mjs) in the
 *   `x-rencontre-peer` header, which it always overwrites (a client cannot
 *   choose it).
 * - `forwardedFor`: the X-Forwarded-For header. Each proxy APPENDS the
 *   address it saw, so with `trustedProxies` = n proxies in front of the app,
 *   the last n entries were written by them and entry len − n is the address
 *   the outermost trusted proxy saw: the client. Entries further left were
 *   sent by the client and are ignored (anyone can write them).
 * - No trusted proxy (the default): X-Forwarded-For is ignored entirely.
 */
export function clientIpFrom(headers: { peer: string | null; forwardedFor: string | null }, trustedProxies: number): string | null {
  const peer = normalise(headers.peer);
  if (trustedProxies <= 0) return peer;
  const chain = (headers.forwardedFor ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  // Fewer entries than proxies: the request did not come through them all; only the peer is known.
  if (chain.length < trustedProxies) return peer;
  return normalise(chain[chain.length - trustedProxies]) ?? peer;
}

/** IPv4-mapped IPv6 (::ffff:1.2.3.4) as plain IPv4; anything not address-like as null. */
function normalise(value: string | null | undefined): string | null {
  const v = value?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  if (!v || v.length > 64 || !/^[0-9a-f.:]+$/i.test(v)) return null;
  return v.toLowerCase();
}

/** TRUSTED_PROXIES as a count (0 when unset or not a plain number). */
export function trustedProxyCount(raw: string | undefined): number {
  return raw && /^\d{1,2}$/.test(raw.trim()) ? Number(raw.trim()) : 0;
}

export const PEER_HEADER = 'x-rencontre-peer';
