// Runs before each integration test file: replaces what only exists inside a
// Next.js request (the session cookie, the cache) so server actions can be
// called directly, as each role would call them.
import { vi } from 'vitest';

vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
  unstable_cache: <T>(fn: T) => fn,
}));

vi.mock('@/features/auth/session', () => ({
  getSessionClaims: async () => (globalThis as { __testClaims?: unknown }).__testClaims ?? null,
}));
