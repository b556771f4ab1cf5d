import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_NAMESPACES, type ClientMessageSet } from './client-messages';

// Public and sign-in pages get only some message namespaces in the browser (less
// JavaScript on a slow phone). A client component there that reads a namespace not
// sent shows its keys instead of text: this test fails first.
const root = path.resolve(__dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) && !name.includes('.test.') ? [full] : [];
  });
}

function clientNamespaces(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  if (!/^['"]use client['"]/m.test(text)) return [];
  return [...text.matchAll(/useTranslations\(\s*'([A-Za-z]+)/g)].map((m) => m[1]);
}

/** Client components rendered in each part of the site (beyond the base set). */
const WHERE: [ClientMessageSet, string[]][] = [
  ['base', ['components/ui', 'app/[locale]/_components', 'app/[locale]/error.tsx', 'app/[locale]/not-found.tsx', 'features/auth/components/sign-out-button.tsx']],
  ['auth', ['features/auth/components']],
  ['public', ['features/registrations/components/registration-wizard.tsx', 'features/registrations/components/wizard-steps.tsx', 'features/registrations/components/language-picker.tsx', 'features/enrolment/components/enrol-button.tsx']],
  ['invitations', ['features/delegations/components/accept-invite.tsx']],
];

describe('client message namespaces', () => {
  it.each(WHERE)('the %s set holds every namespace its client components read', (set, places) => {
    const sent = new Set<string>(CLIENT_NAMESPACES[set]);
    const missing = places
      .flatMap((p) => {
        const full = path.join(root, p);
        return statSync(full, { throwIfNoEntry: false })?.isDirectory() ? files(full) : statSync(full, { throwIfNoEntry: false }) ? [full] : [];
      })
      .flatMap((f) => clientNamespaces(f).filter((ns) => !sent.has(ns)).map((ns) => `${path.relative(root, f)}: ${ns}`));
    expect(missing).toEqual([]);
  });

  it('every set includes the base set', () => {
    for (const set of Object.keys(CLIENT_NAMESPACES) as ClientMessageSet[]) {
      expect(CLIENT_NAMESPACES[set]).toEqual(expect.arrayContaining([...CLIENT_NAMESPACES.base]));
    }
  });
});
