import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { LOCALES } from './locales';
import { NAMESPACES } from './messages';

const root = path.resolve(__dirname, '../../../messages');

function flatten(node: unknown, prefix = ''): Record<string, string> {
  if (typeof node === 'string') return { [prefix]: node };
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) Object.assign(out, flatten(value, prefix ? `${prefix}.${key}` : key));
  return out;
}

function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.add(el.value);
      for (const option of Object.values(el.options)) placeholders(option.value, into);
    }
    if (el.type === TYPE.tag) placeholders(el.children, into);
  }
  return into;
}

const catalog = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    Object.fromEntries(NAMESPACES.map((ns) => [ns, flatten(JSON.parse(readFileSync(path.join(root, locale, `${ns}.json`), 'utf8')))])),
  ]),
) as Record<string, Record<string, Record<string, string>>>;

describe('message catalogues', () => {
  it('have exactly the declared namespace files in every language', () => {
    for (const locale of LOCALES) {
      expect(readdirSync(path.join(root, locale)).sort()).toEqual(NAMESPACES.map((ns) => `${ns}.json`).sort());
    }
  });

  it.each(NAMESPACES)('namespace %s has every key in every language', (ns) => {
    const reference = Object.keys(catalog.fr[ns]).sort();
    expect(reference.length).toBeGreaterThan(0);
    for (const locale of LOCALES) expect(Object.keys(catalog[locale][ns]).sort(), `${locale}/${ns}.json`).toEqual(reference);
  });

  it('has no empty message, valid ICU syntax, and the same placeholders in every language', () => {
    for (const ns of NAMESPACES) {
      for (const key of Object.keys(catalog.fr[ns])) {
        const expected = [...placeholders(parse(catalog.fr[ns][key]))].sort();
        for (const locale of LOCALES) {
          const text = catalog[locale][ns][key];
          expect(text.trim(), `${locale} ${ns}.${key}`).not.toBe('');
          expect([...placeholders(parse(text))].sort(), `${locale} ${ns}.${key}`).toEqual(expected);
        }
      }
    }
  });
});
