import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { signInSchema } from './schema';
import { checkSignIn } from './sign-in-check';

/** The first message zod gives per field, as the form showed it with zodResolver. */
function zodProblems(values: { email: string; password: string }) {
  const result = signInSchema.safeParse(values);
  const out: Record<string, string> = {};
  if (!result.success) for (const issue of result.error.issues) out[String(issue.path[0])] ??= issue.message;
  return out;
}

describe('checkSignIn (the sign-in form without zod) agrees with signInSchema', () => {
  it.each([
    ['', ''],
    ['a@b.co', 'x'],
    ['  Awa@Example.ORG ', 'secret'],
    ['not-an-email', 'x'],
    ['a@b', 'x'],
    ['.a@b.co', 'x'],
    ['a..b@c.co', 'x'],
    [`${'a'.repeat(250)}@b.co`, 'x'],
    ['a@b.co', 'x'.repeat(129)],
    ['a@b.co', 'x'.repeat(128)],
  ])('%j / password of %#', (email, password) => {
    expect(checkSignIn({ email, password })).toEqual(zodProblems({ email, password }));
  });

  it('on any input', () => {
    const part = fc.string({ unit: fc.constantFrom('a', 'Z', '0', '.', '@', '-', '_', '+', "'", ' ', 'é'), maxLength: 12 });
    fc.assert(
      fc.property(part, part, part, fc.string({ maxLength: 3 }), (a, b, c, password) => {
        const email = `${a}${b}.${c}`;
        expect(checkSignIn({ email, password })).toEqual(zodProblems({ email, password }));
      }),
      { numRuns: 500 },
    );
  });
});
