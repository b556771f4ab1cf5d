/** Who the next server action call comes from (null: anonymous). */
export function actAs(user: { id: string; sessionVersion?: number } | null): void {
  (globalThis as { __testClaims?: unknown }).__testClaims = user ? { userId: user.id, sessionVersion: user.sessionVersion ?? 0 } : null;
}
