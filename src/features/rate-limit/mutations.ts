import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { RateLimitRule } from './policy';

export type RateLimitOutcome = { ok: boolean; count: number; retryAfterMs: number };

import { rateLimitId as id } from './policy';

/**
 * Counts one hit against "<bucket>:<key>" and says whether it is within the
 * limit. One atomic upsert (INSERT … ON CONFLICT DO UPDATE … RETURNING), so
 * concurrent hits on one or several instances never under-count: the n-th
 * hit of a window sees count = n. Works the same on PGlite and PostgreSQL.
 */
export async function hitRateLimit(r: RateLimitRule & { key: string }, now = Date.now()): Promise<RateLimitOutcome> {
  const expired = BigInt(now - r.windowMs);
  const start = BigInt(now);
  const rows = await db.$queryRaw<{ count: number; windowStart: bigint }[]>`
    INSERT INTO "RateLimit" ("id", "windowStart", "count") VALUES (${id(r)}, ${start}, 1)
    ON CONFLICT ("id") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= ${expired} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${expired} THEN ${start} ELSE "RateLimit"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0];
  const count = Number(row.count);
  // Keep the table small: counters whose window ended long ago are dead.
  if (Math.random() < 0.01) await db.rateLimit.deleteMany({ where: { windowStart: { lt: BigInt(now - 24 * 3_600_000) } } });
  return { ok: count <= r.limit, count, retryAfterMs: Math.max(0, Number(row.windowStart) + r.windowMs - now) };
}

/** Forgets a counter (a successful sign-in, a password reset through the e-mailed link). */
export async function clearRateLimit(r: Pick<RateLimitRule, 'bucket' | 'key'>): Promise<void> {
  if (r.key) await db.rateLimit.deleteMany({ where: { id: id(r) } });
}

/**
 * Counts a hit on every rule (rules without a key are skipped) and refuses
 * with RATE_LIMITED if any is over its limit. Every rule is counted even when
 * an earlier one refuses, so a flood cannot spread across keys unnoticed.
 */
export async function enforceRateLimits(rules: RateLimitRule[]): Promise<void> {
  let refused = false;
  for (const r of rules) {
    if (!r.key) continue;
    const outcome = await hitRateLimit({ ...r, key: r.key });
    if (!outcome.ok) refused = true;
  }
  if (refused) throw new AppError('RATE_LIMITED');
}
