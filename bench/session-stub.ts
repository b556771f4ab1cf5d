// Stands in for src/features/auth/session.ts in bench child processes (see register.mjs).
export async function getSessionClaims(): Promise<{ userId: string; sessionVersion: number } | null> {
  const userId = process.env.BENCH_USER_ID;
  return userId ? { userId, sessionVersion: Number(process.env.BENCH_SESSION_VERSION ?? 0) } : null;
}
