/** The cookie jar that tests/integration/mocks.ts puts behind `cookies()` from next/headers. */
export function testCookies(): Map<string, string> {
  return ((globalThis as { __testCookies?: Map<string, string> }).__testCookies ??= new Map());
}
