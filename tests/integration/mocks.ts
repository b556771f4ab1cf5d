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

// Cookies (the pending-invitation cookie): an in-memory jar per test file;
// `setTestCookie` (tests/integration/cookies.ts) puts one in place.
vi.mock('next/headers', () => {
  const jar = ((globalThis as { __testCookies?: Map<string, string> }).__testCookies ??= new Map());
  return {
    cookies: async () => ({
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
      set: (name: string, value: string) => void jar.set(name, value),
      delete: (name: string) => void jar.delete(name),
      has: (name: string) => jar.has(name),
    }),
    headers: async () => new Headers(),
  };
});
