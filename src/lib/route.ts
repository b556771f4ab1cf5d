import 'server-only';
import { AppError, type ErrorCode } from '@/lib/errors';
import type { ActionResult } from '@/lib/action';
import { ACTION_BODY_LIMIT_BYTES, refuseBody } from '@/lib/request-guard';

const STATUS: Partial<Record<ErrorCode, number>> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  CAPACITY_FULL: 409,
  DEADLINE_PASSED: 409,
  EVENT_ARCHIVED: 409,
  BUDGET_EXCEEDED: 409,
  TOKEN_INVALID: 410,
  RATE_LIMITED: 429,
};
const NO_STORE = { 'Cache-Control': 'no-store' };

/** Runs a route handler body; known errors become a status with `{ code }`, the rest a logged 500. */
export async function handleRoute(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) return Response.json({ code: error.code }, { status: STATUS[error.code] ?? 500, headers: NO_STORE });
    console.error('[route] unexpected error', error);
    return Response.json({ code: 'INTERNAL' }, { status: 500 });
  }
}

/** A command route's answer: the ActionResult as JSON, with the HTTP status of its code. */
export function commandResponse<T>(result: ActionResult<T>): Response {
  return Response.json(result, { status: result.ok ? 200 : (STATUS[result.code] ?? 500), headers: NO_STORE });
}

/**
 * A state-changing request must come from one of our own pages: its Origin names the host it
 * was sent to (the check Next makes for server actions; behind a proxy, X-Forwarded-Host). A
 * request without Origin is refused: browsers send it on every POST made by `fetch`.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const expected = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host');
  return !!expected && host.toLowerCase() === expected.toLowerCase();
}

/** The page the request came from (for the language of a refusal), or the default language. */
function refererPath(request: Request): string {
  try {
    return new URL(request.headers.get('referer') ?? '').pathname;
  } catch {
    return '/';
  }
}

/**
 * The JSON body of a command, at most ACTION_BODY_LIMIT_BYTES; a translated 413 or 400
 * Response (as for a server action's body, src/lib/request-guard.ts) when it is too large,
 * not JSON or not UTF-8.
 */
export async function readJsonBody(request: Request): Promise<{ value: unknown } | { refusal: Response }> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (Number.isFinite(declared) && declared > ACTION_BODY_LIMIT_BYTES) return { refusal: refuseBody(413, refererPath(request)) };
  if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) return { refusal: refuseBody(400, refererPath(request)) };
  // Read with a cap: a chunked body declares no length.
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    const reader = request.body?.getReader();
    for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
      size += part.value.byteLength;
      if (size > ACTION_BODY_LIMIT_BYTES) {
        await reader!.cancel();
        return { refusal: refuseBody(413, refererPath(request)) };
      }
      chunks.push(part.value);
    }
  } catch {
    return { refusal: refuseBody(400, refererPath(request)) };
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  try {
    return { value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return { refusal: refuseBody(400, refererPath(request)) };
  }
}
