// The sign-in form's checks in the browser, without zod (~33 KB gzipped) on the sign-in page.
// They mirror signInSchema (schema.ts), which the server still applies; sign-in-check.test.ts
// keeps the two in step.

/** zod's default e-mail pattern (z.regexes.email), as emailField applies it. */
const EMAIL = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
const EMAIL_MAX = 254;
const PASSWORD_MAX = 128;

export type SignInValues = { email: string; password: string };
/** Validation message keys (`validation` namespace, `key:n`), per field. */
export type SignInProblems = Partial<Record<keyof SignInValues, string>>;

export function checkSignIn({ email, password }: SignInValues): SignInProblems {
  const problems: SignInProblems = {};
  const e = email.trim().toLowerCase();
  if (!e) problems.email = 'required';
  else if (e.length > EMAIL_MAX) problems.email = `tooLong:${EMAIL_MAX}`;
  else if (!EMAIL.test(e)) problems.email = 'email';
  if (!password) problems.password = 'required';
  else if (password.length > PASSWORD_MAX) problems.password = `tooLong:${PASSWORD_MAX}`;
  return problems;
}
