/**
 * Rate limits: which buckets exist and how much each allows. Pure (no
 * database); the counters live in the RateLimit table (mutations.ts) so that
 * several app instances share them.
 *
 * A fixed window per "<bucket>:<key>": at most `limit` hits per window, so a
 * burst across a window edge can reach 2 × limit within `windowMs` — bounded,
 * which is what matters for mail floods and guessing.
 */
export type RateLimitRule = { bucket: string; key: string | null | undefined; limit: number; windowMs: number };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const LIMITS = {
  /** Failed sign-ins: 10 per 15 minutes, per account and per client IP (a lock until the window ends). */
  signInFailure: { limit: 10, windowMs: 15 * MINUTE },
  /*
   * Mail to an address typed by the caller, per target address, one bucket per
   * purpose: burning one (e.g. invitations) never blocks another (the owner's
   * own reset link). A flood of reset requests sends the owner working links.
   */
  resetToAddress: { limit: 5, windowMs: HOUR },
  verificationToAddress: { limit: 5, windowMs: HOUR },
  inviteToAddress: { limit: 5, windowMs: HOUR },
  /** Sign-ups per target address (higher: a double submit is not an attack). */
  signUpAddress: { limit: 10, windowMs: HOUR },
  /**
   * Mail-sending public forms per client IP: generous, because a whole venue
   * or campus may share one address; the per-address caps protect mailboxes.
   */
  mailPerIp: { limit: 100, windowMs: HOUR },
  /** Invitations sent by one account (the head), per hour. */
  invitesPerAccount: { limit: 60, windowMs: HOUR },
  /** Public lookups by code (e.g. a future /verify/<code> page), per client IP. */
  lookupPerIp: { limit: 60, windowMs: MINUTE },
} as const satisfies Record<string, { limit: number; windowMs: number }>;

export type LimitName = keyof typeof LIMITS;

/** A rule for `bucket` keyed on `key` (null/empty key: the rule is skipped, e.g. no known IP). */
export function rule(bucket: LimitName, key: string | null | undefined): RateLimitRule {
  return { bucket, key: key ? key.toLowerCase() : null, ...LIMITS[bucket] };
}

/** The stored counter's id. */
export const rateLimitId = (r: Pick<RateLimitRule, 'bucket' | 'key'>) => `${r.bucket}:${r.key}`;
