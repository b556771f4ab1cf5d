import { describe, expect, it } from 'vitest';
import { resetPasswordSchema, signInSchema, signUpSchema } from './schema';

const valid = { name: 'Aminata Ndiaye', email: ' Aminata.Ndiaye@Example.ORG ', password: 'baobab-de-Ngor-2005', locale: 'fr' };

describe('signUpSchema', () => {
  it('accepts a valid sign-up and normalises the e-mail', () => {
    const parsed = signUpSchema.parse(valid);
    expect(parsed.email).toBe('aminata.ndiaye@example.org');
  });

  it('keeps unicode names intact (accents, Arabic, Wolof, Chinese)', () => {
    for (const name of ['Hélène Côté', 'فاطمة الزهراء بنعلي', 'Mame Diarra Guèye', '王芳', 'Nguyễn Thị Lan']) {
      expect(signUpSchema.parse({ ...valid, name }).name).toBe(name.normalize('NFC'));
    }
  });

  it('refuses short, empty and huge input with translatable keys', () => {
    const r = signUpSchema.safeParse({ ...valid, name: '   ', password: 'short', email: 'nope' });
    expect(r.success).toBe(false);
    const messages = Object.fromEntries(r.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(messages).toEqual({ name: 'required', password: 'tooShort:8', email: 'email' });
    const huge = signUpSchema.safeParse({ ...valid, name: 'x'.repeat(121), password: 'p'.repeat(129) });
    expect(huge.error!.issues.map((i) => i.message).sort()).toEqual(['tooLong:120', 'tooLong:128']);
  });

  it('refuses extra fields and wrong types (a request crafted outside the form)', () => {
    expect(signUpSchema.safeParse({ ...valid, role: 'SECRETARIAT' }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...valid, name: 42 }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...valid, locale: 'de' }).success).toBe(false);
  });

  it('stores hostile text as text (no transformation beyond trimming)', () => {
    expect(signUpSchema.parse({ ...valid, name: '<script>alert(1)</script>' }).name).toBe('<script>alert(1)</script>');
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
