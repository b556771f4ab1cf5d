import { describe, expect, it } from 'vitest';
import { resetPasswordSchema, signInSchema, signUpSchema } from './schema';

const valid = { givenName: 'Aminata', familyName: 'Ndiaye', email: ' Aminata.Ndiaye@Example.ORG ', password: 'baobab-de-Ngor-2005', locale: 'fr' };

describe('signUpSchema', () => {
  it('accepts a valid sign-up and normalises the e-mail', () => {
    const parsed = signUpSchema.parse(valid);
    expect(parsed.email).toBe('aminata.ndiaye@example.org');
  });

  it('keeps unicode names intact (accents, Arabic, Wolof, Chinese)', () => {
    for (const name of ['Hélène', 'فاطمة الزهراء', 'Mame Diarra', '王芳', 'Thị Lan']) {
      expect(signUpSchema.parse({ ...valid, givenName: name }).givenName).toBe(name.normalize('NFC'));
      expect(signUpSchema.parse({ ...valid, familyName: name }).familyName).toBe(name.normalize('NFC'));
    }
  });

  it('asks for given and family names separately; a family name may be absent', () => {
    expect(signUpSchema.parse({ ...valid, familyName: '' }).familyName).toBeUndefined();
    expect(signUpSchema.safeParse({ ...valid, name: 'Aminata Ndiaye' }).success).toBe(false);
  });

  it('refuses short, empty and huge input with translatable keys', () => {
    const r = signUpSchema.safeParse({ ...valid, givenName: '   ', password: 'short', email: 'nope' });
    expect(r.success).toBe(false);
    const messages = Object.fromEntries(r.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(messages).toEqual({ givenName: 'required', password: 'tooShort:8', email: 'email' });
    const huge = signUpSchema.safeParse({ ...valid, givenName: 'x'.repeat(81), password: 'p'.repeat(129) });
    expect(huge.error!.issues.map((i) => i.message).sort()).toEqual(['tooLong:128', 'tooLong:80']);
  });

  it('refuses extra fields and wrong types (a request crafted outside the form)', () => {
    expect(signUpSchema.safeParse({ ...valid, role: 'SECRETARIAT' }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...valid, givenName: 42 }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...valid, locale: 'de' }).success).toBe(false);
  });

  it('stores hostile text as text (no transformation beyond trimming)', () => {
    expect(signUpSchema.parse({ ...valid, givenName: '<script>alert(1)</script>' }).givenName).toBe('<script>alert(1)</script>');
  });
});

describe('other auth schemas', () => {
  it('signIn requires both fields', () => {
    expect(signInSchema.safeParse({ email: '', password: '' }).success).toBe(false);
  });

  it('reset requires matching passwords', () => {
    const r = resetPasswordSchema.safeParse({ token: 't'.repeat(43), password: 'baobab-de-Ngor-2005', confirm: 'other-password-1' });
    expect(r.error!.issues[0]).toMatchObject({ path: ['confirm'], message: 'passwordMismatch' });
  });
});
