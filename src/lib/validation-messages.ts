/**
 * Validation messages, shared by the zod building blocks (validation.ts) and the forms. Messages are translation keys of the
 * `validation` namespace, optionally with one numeric parameter after a colon
 * (`tooLong:200`); `<FieldError>` translates them. Any message that is not a
 * known key (zod's own, for a request crafted outside the form) shows as
 * `validation.invalid`.
 */
export const msg = {
  required: 'required',
  tooLong: (max: number) => `tooLong:${max}`,
  tooShort: (min: number) => `tooShort:${min}`,
  email: 'email',
  invalid: 'invalid',
} as const;

/** Parses a validation message into its key and parameter. */
export function parseMessage(message: string): { key: string; n?: number } {
  const [key, param] = message.split(':');
  return param === undefined ? { key } : { key, n: Number(param) };
}
