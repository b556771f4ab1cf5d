import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales';

// One Portuguese (European, see ARCHITECTURE.md) and one word per status in each
// language. These checks fail on the inconsistencies delegates actually met.

const root = path.resolve(__dirname, '../../../messages');

function flatten(node: unknown, prefix = ''): Record<string, string> {
  if (typeof node === 'string') return { [prefix]: node };
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) Object.assign(out, flatten(value, prefix ? `${prefix}.${key}` : key));
  return out;
}

function catalog(locale: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of readdirSync(path.join(root, locale)).filter((f) => f.endsWith('.json'))) {
    const ns = file.replace(/\.json$/, '');
    Object.assign(out, flatten(JSON.parse(readFileSync(path.join(root, locale, file), 'utf8')), ns));
  }
  return out;
}

/** Brazilian forms (or words) that have a different European Portuguese form. */
const BRAZILIAN: [RegExp, string][] = [
  [/\bvocês?\b/i, 'você → omit the pronoun, or "si"'],
  [/\bequipe\b/i, 'equipe → equipa'],
  [/\bsobrenomes?\b/i, 'sobrenome → apelido'],
  [/\bcelular(es)?\b/i, 'celular → telemóvel'],
  [/\bsenhas?\b/i, 'senha → palavra-passe'],
  [/\barquivos?\b/i, 'arquivo → ficheiro'],
  [/\busuári[oa]s?\b/i, 'usuário → utilizador'],
  [/\btela\b/i, 'tela → ecrã'],
  [/\bbaixar\b/i, 'baixar → descarregar'],
  [/\bgerenci\w*/i, 'gerenciar → gerir'],
  [/\bcadastr\w*/i, 'cadastro → registo'],
  [/\bregistr(o|os|ar|ado|ada|ados|adas)\b/i, 'registro → registo'],
  [/\bseç(ão|ões)\b/i, 'seção → secção'],
  [/\bcredenciamento\b/i, 'credenciamento → credenciação'],
  [/\bcontatos?\b/i, 'contato → contacto'],
  [/\bcota\b/i, 'cota → quota'],
  [/\baceitos\b|\b(foi|é|está|convite|pedido) aceito\b/i, 'aceito (particípio) → aceite'],
  [/\b\p{L}+(ando|endo|indo)…/u, 'gerúndio ("Enviando…") → "A enviar…"'],
  [/\b(econô|eletrô|acadê|telefô|gênero)/i, 'Brazilian accent (ô/ê) → ó/é'],
];

// "Minhas delegações" beside "As minhas inscrições": in European Portuguese a
// possessive always takes its article ("a minha conta", "dos meus dados").
const BARE_POSSESSIVE = /(^|[^\p{L}])(?<!\b(?:o|a|os|as|do|da|dos|das|no|na|nos|nas|ao|à|aos|às|pelo|pela|pelos|pelas|num|numa) )(minhas?|meus?|tuas?|teus?)\b/iu;

describe('one Portuguese: European Portuguese everywhere in messages/pt', () => {
  const pt = catalog('pt');
  it('has no Brazilian forms', () => {
    const found = Object.entries(pt).flatMap(([key, text]) => BRAZILIAN.filter(([re]) => re.test(text)).map(([, why]) => `${key}: ${why} — “${text.slice(0, 80)}”`));
    expect(found).toEqual([]);
  });
  it('always puts the article before a possessive (never both "minhas" and "as minhas")', () => {
    const bare = Object.entries(pt).filter(([, text]) => BARE_POSSESSIVE.test(text)).map(([key, text]) => `${key}: “${text.slice(0, 80)}”`);
    expect(bare).toEqual([]);
  });
  it('the check itself catches the mixes delegates saw', () => {
    expect(BARE_POSSESSIVE.test('Minhas delegações')).toBe(true);
    expect(BARE_POSSESSIVE.test('As minhas inscrições')).toBe(false);
    expect(BRAZILIAN.some(([re]) => re.test('A equipe Rencontre'))).toBe(true);
    expect(BRAZILIAN.some(([re]) => re.test('Sobrenome'))).toBe(true);
    expect(BRAZILIAN.some(([re]) => re.test('Enviando…'))).toBe(true);
  });
});

describe('one word per status in each language', () => {
  it.each(LOCALES)('%s: a registration status reads the same on every page, e-mail and export', (locale) => {
    const c = catalog(locale);
    for (const status of ['SUBMITTED', 'APPROVED', 'WAITLISTED', 'REJECTED', 'CANCELLED']) {
      const words = new Set([`common.registrationStatus.${status}`, `registration.statuses.${status}`, `exports.values.status.${status}`, `delegations.memberStatus.${status}`].map((k) => c[k]));
      expect([...words], `${locale} ${status}`).toHaveLength(1);
    }
  });
});
