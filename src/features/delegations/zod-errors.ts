import type { z } from 'zod';
import type { FieldErrors } from '@/lib/errors';

/** zod issues as field -> message keys (the same shape as server actions return; pure, client-safe). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.') || '_form';
    (out[path] ??= []).push(issue.message);
  }
  return out;
}
