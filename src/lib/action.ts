import 'server-only';
import { z } from 'zod';
import { AppError, fieldErrorsOf, type ErrorCode, type FieldErrors } from './errors';

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; fieldErrors?: FieldErrors };

function isNextControlFlow(error: unknown): boolean {
  // redirect() and notFound() throw errors carrying a `digest` that Next handles.
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' && (digest.startsWith('NEXT_REDIRECT') || digest.startsWith('NEXT_HTTP_ERROR_FALLBACK'));
}

/**
 * Runs an action body and turns its outcome into an ActionResult: known
 * failures (AppError) become codes; anything else is logged and returned as
 * INTERNAL, without details. Next's redirect()/notFound() pass through.
 */
export async function actionResult<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (isNextControlFlow(error)) throw error;
    if (error instanceof AppError) return { ok: false, code: error.code, fieldErrors: error.fieldErrors };
    console.error('[action] unexpected error', error);
    return { ok: false, code: 'INTERNAL' };
  }
}

/** Parses with the form's own schema; a failure is VALIDATION with the field messages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError('VALIDATION', fieldErrorsOf(parsed.error));
  return parsed.data;
}

/** Pads a response to a minimum duration, so timing does not reveal which branch ran. */
export async function withMinimumDuration<T>(ms: number, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await work();
  } finally {
    const left = ms - (Date.now() - started);
    if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
  }
}
