import type { ActionResult } from '@/lib/action';
import type { ErrorCode } from '@/lib/errors';

/**
 * Posts a command (a route built with a `…Command` client, features/auth/clients.ts) and returns
 * its ActionResult, as a server action call would. An answer that is not one (a proxy's error
 * page, a lost connection) is INTERNAL: the form keeps what was typed and may be sent again.
 */
export async function postCommand<T>(url: string, input: Record<string, unknown>): Promise<ActionResult<T>> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(input),
      credentials: 'same-origin',
      cache: 'no-store',
    });
    const body = (await response.json()) as Partial<ActionResult<T>> & { code?: ErrorCode };
    if (body.ok === true) return body as ActionResult<T>;
    if (typeof body.code === 'string') return { ok: false, code: body.code, fieldErrors: body.ok === false ? body.fieldErrors : undefined };
  } catch {
    // offline, cut, or not JSON
  }
  return { ok: false, code: 'INTERNAL' };
}
