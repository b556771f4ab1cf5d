import 'server-only';
import { db } from '@/lib/db';
import { rateLimitId, type RateLimitRule } from './policy';

/** Whether "<bucket>:<key>" has reached its limit in the current window (no hit counted). */
export async function isRateLimited(r: RateLimitRule & { key: string }, now = Date.now()): Promise<boolean> {
  const row = await db.rateLimit.findUnique({ where: { id: rateLimitId(r) } });
  return !!row && now - Number(row.windowStart) < r.windowMs && row.count >= r.limit;
}

