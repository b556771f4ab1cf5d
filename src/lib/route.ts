import 'server-only';
import { AppError, type ErrorCode } from '@/lib/errors';

const STATUS: Partial<Record<ErrorCode, number>> = { VALIDATION: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

/** Runs a route handler body; known errors become a status with `{ code }`, the rest a logged 500. */
export async function handleRoute(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) return Response.json({ code: error.code }, { status: STATUS[error.code] ?? 500, headers: { 'Cache-Control': 'no-store' } });
    console.error('[route] unexpected error', error);
    return Response.json({ code: 'INTERNAL' }, { status: 500 });
  }
}
