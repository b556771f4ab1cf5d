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
 * Every server action has the same shape: parse the input with the form's own
 * schema, then run the handler, which authorizes (gates in features/auth/data.ts),
 * loads within the actor's scope, checks the policy and calls one mutation.
 * Known failures are thrown as AppError and returned as codes; anything else is
 * logged and returned as INTERNAL, without details.
 */
export function defineAction<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>) => Promise<T>) {
  return async (input: z.input<S>): Promise<ActionResult<T>> => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, code: 'VALIDATION', fieldErrors: fieldErrorsOf(parsed.error) };
    try {
      return { ok: true, data: await handler(parsed.data) };
    } catch (error) {
      if (isNextControlFlow(error)) throw error;
      if (error instanceof AppError) return { ok: false, code: error.code, fieldErrors: error.fieldErrors };
      console.error('[action] unexpected error', error);
      return { ok: false, code: 'INTERNAL' };
    }
  };
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
