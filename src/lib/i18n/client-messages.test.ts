import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_MESSAGES, covers, pickMessages, type ClientMessageSet } from './client-messages';

// Public and sign-in pages get only some messages in the browser (less JavaScript on a slow
// phone). A client component there that reads a key not sent shows the key instead of text:
// this test fails first. From each page it follows the imports to the client components the
// page renders ('use client' files and everything they import), reads which keys they
// translate (`const t = useTranslations('ns.sub')`, then `t('key')`, `t(\`prefix.${x}\`)`,
// `t.rich(…)`, `t.has(…)`), and checks the page's set sends each one.
const src = path.resolve(__dirname, '../..');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : /\.tsx?$/.test(name) && !name.includes('.test.') ? [full] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? path.join(src, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null; // a package
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const text = (file: string) => readFileSync(file, 'utf8');
const isClient = (file: string) => /^\s*['"]use client['"]/.test(text(file));
const isServerActions = (file: string) => /^\s*['"]use server['"]/.test(text(file));

/** Imports that reach the browser from this file (type-only imports are erased). */
function imports(file: string): string[] {
  return [...text(file).matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gm), ...text(file).matchAll(/import\(\s*'([^']+)'\s*\)/g)]
    .map((m) => resolveImport(file, m[1]!))
    .filter((f): f is string => f !== null);
}

/** The files of the client bundle a page (or layout) renders. */
function clientFiles(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const client = new Set<string>();
  const visit = (file: string, inClient: boolean) => {
    const key = `${inClient}:${file}`;
    if (seen.has(key) || isServerActions(file)) return;
    seen.add(key);
    const nowClient = inClient || isClient(file);
    if (nowClient) client.add(file);
    for (const next of imports(file)) visit(next, nowClient);
  };
  for (const entry of entries) visit(entry, false);
  return client;
}

/** Message paths a file translates: `ns.key` for a static key, the static prefix of a template, the namespace for a computed key. */
function keysRead(source: string): string[] {
  const bindings = [...source.matchAll(/(?:const|let)\s+(\w+)\s*=\s*(?:await\s+)?useTranslations\(\s*'([\w.]+)'\s*\)/g)].map((m) => ({ at: m.index!, name: m[1]!, ns: m[2]! }));
  const out = new Set<string>();
  const calls = /\b(\w+)(?:\.(?:rich|markup|raw|has))?\(\s*(?:'([^']*)'|`([^`]*)`|([^'`)\s][^)]*))/g;
  for (const m of source.matchAll(calls)) {
    const binding = bindings.filter((b) => b.name === m[1] && b.at < m.index!).at(-1);
    if (!binding) continue;
    if (m[2] !== undefined) out.add(`${binding.ns}.${m[2]}`);
    else if (m[3] !== undefined && !m[3].includes('${')) out.add(`${binding.ns}.${m[3]}`);
    else if (m[3] !== undefined) {
      const prefix = m[3].split('${')[0]!;
      const whole = prefix.includes('.') ? prefix.slice(0, prefix.lastIndexOf('.')) : '';
      out.add(whole ? `${binding.ns}.${whole}` : binding.ns);
    } else out.add(binding.ns); // t(variable): any key of the namespace
  }
  return [...out];
}

const app = path.join(src, 'app/[locale]');
const pages = (dir: string) => walk(path.join(app, dir)).filter((f) => /(page|layout)\.tsx$/.test(f));

/** What each set's pages render. The root layout, its error and not-found pages (with the header) get `base`. */
const WHERE: [ClientMessageSet, string[]][] = [
  ['base', [path.join(app, 'layout.tsx'), path.join(app, 'error.tsx'), path.join(app, 'not-found.tsx'), path.join(app, '_components/site-chrome.tsx')]],
  // The home, event, programme and session pages, signed in ((public)) and cached anonymous ((anon)).
  ['public', [...pages('(public)').filter((f) => !f.includes('/invitations/') && !f.includes('/register/')), ...pages('(anon)')]],
  ['register', pages('(public)/events/[slug]/register')],
  ['invitations', pages('(public)/invitations')],
  ['auth', pages('(auth)')],
];

describe('client messages', () => {
  it('reads the keys a client component translates', () => {
    const source = "const t = useTranslations('registration');\nconst tn = useTranslations('people.names');\nt('fields.email'); tn(`order`); t(`genders.${g}`); t.rich('a.b', {}); t(`${k}`); tn(key);";
    expect(keysRead(source).sort()).toEqual(['people.names', 'people.names.order', 'registration', 'registration.a.b', 'registration.fields.email', 'registration.genders'].sort());
  });

  it.each(WHERE)('the %s set sends every key its pages’ client components read', (set, entries) => {
    expect(entries.length).toBeGreaterThan(0);
    const sent = CLIENT_MESSAGES[set];
    const missing = [...clientFiles(entries)].flatMap((f) => keysRead(text(f)).filter((k) => !covers(sent, k)).map((k) => `${path.relative(src, f)}: ${k}`));
    expect(missing).toEqual([]);
  });

  it('the wizard, the enrol button and the error page are found by following imports', () => {
    const rel = (set: ClientMessageSet) => [...clientFiles(WHERE.find(([s]) => s === set)![1])].map((f) => path.relative(src, f));
    expect(rel('register')).toEqual(expect.arrayContaining(['features/registrations/components/registration-wizard.tsx', 'features/registrations/components/answers-list.tsx', 'components/ui/error-focus.tsx']));
    expect(rel('public')).toContain('features/enrolment/components/enrol-button.tsx');
    expect(rel('base')).toEqual(expect.arrayContaining(['app/[locale]/error.tsx', 'app/[locale]/_components/language-switcher.tsx']));
  });

  it('every set includes the base set', () => {
    for (const set of Object.keys(CLIENT_MESSAGES) as ClientMessageSet[]) {
      for (const key of CLIENT_MESSAGES.base) expect(covers(CLIENT_MESSAGES[set], key)).toBe(true);
    }
  });

  it('picks sub-trees, keeping the catalogue’s objects (deduplicated in the RSC payload) and never changing it', () => {
    const catalogue = { nav: { language: 'Langue', signOut: 'Sortir', staff: 'Équipe' }, trust: { error: { title: 'Erreur' }, other: 'x' }, people: { errors: { a: 'b' }, names: { c: 'd' } }, agenda: { enrol: { e: 'f' } } };
    const copy = structuredClone(catalogue);
    const base = pickMessages(catalogue, 'base');
    expect(base).toEqual({ nav: { language: 'Langue', signOut: 'Sortir' }, trust: { error: { title: 'Erreur' } } });
    expect((base.trust as Record<string, unknown>).error).toBe(catalogue.trust.error);
    expect(pickMessages(catalogue, 'public')).toEqual({ ...base, agenda: { enrol: { e: 'f' } } });
    expect(pickMessages(catalogue, 'base')).toBe(base); // once per catalogue
    expect(catalogue).toEqual(copy);
  });
});
