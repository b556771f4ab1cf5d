'use client';

import { useTranslations } from 'next-intl';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ERROR_CODES, type ErrorCode, type FieldErrors } from '@/lib/errors';
import { parseMessage } from '@/lib/validation-messages';
import { Alert } from './alert';

/** Translates a validation key (`tooLong:200`) from the `validation` namespace. */
export function useValidationMessage() {
  const t = useTranslations('validation');
  return (message: string | undefined): string | undefined => {
    if (!message) return undefined;
    const { key, n } = parseMessage(message);
    return t.has(key) ? t(key, { n: n ?? 0 }) : t('invalid');
  };
}

/** Server field errors shown at their fields; returns the ones with no field. */
export function applyFieldErrors<T extends FieldValues>(setError: UseFormSetError<T>, fieldErrors: FieldErrors | undefined, fields: readonly string[]): string[] {
  const rest: string[] = [];
  for (const [path, messages] of Object.entries(fieldErrors ?? {})) {
    if (fields.includes(path)) setError(path as Path<T>, { type: 'server', message: messages[0] });
    else rest.push(...messages);
  }
  return rest;
}

/** The translated message of an action's error code, as a live alert. */
export function FormError({ code, testId = 'form-error' }: { code: ErrorCode | null; testId?: string }) {
  const t = useTranslations('errors');
  if (!code) return null;
  return (
    <Alert tone="error" live testId={testId}>
      {t(ERROR_CODES.includes(code) ? code : 'INTERNAL')}
    </Alert>
  );
}
