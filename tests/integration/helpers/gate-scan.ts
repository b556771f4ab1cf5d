import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gateOf, type Gate } from '@/features/auth/clients';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

export type Found = { key: string; file: string; name: string; kind: 'action' | 'route'; fn: unknown; gate: Gate | undefined };

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return entry === 'generated' || entry === 'node_modules' ? [] : walk(full);
    return /\.(ts|tsx)$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [full] : [];
  });
}

/** The file's directive prologue holds 'use server' (comments and blank lines skipped). */
export function isUseServerModule(source: string): boolean {
  const body = source.replace(/^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*/, '');
  return /^\s*(['"])use server\1;?/.test(body);
}

/** An inline 'use server' (inside a function) makes a server action that no client wraps. */
export function hasInlineUseServer(source: string): boolean {
  const lines = source.split('\n');
  const inline = lines.filter((l) => /^\s+(['"])use server\1/.test(l));
  return inline.length > 0;
}

/**
 * Every exported server action ('use server' modules) and route handler
 * (app/api/**\/route.ts) under `root`, imported for real so the gate mark is
 * read from the exported value. Keys are `<path from root>#<export>`.
 */
export async function scanEntryPoints(root: string): Promise<{ found: Found[]; inline: string[] }> {
  const files = walk(root);
  const found: Found[] = [];
  const inline: string[] = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const rel = path.relative(root, file).split(path.sep).join('/');
    const isRoute = /(^|\/)app\/api\/.*\/route\.tsx?$/.test(rel);
    const isActions = isUseServerModule(source);
    if (hasInlineUseServer(source)) inline.push(rel);
    if (!isRoute && !isActions) continue;
    const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(mod)) {
      if (isRoute && !(HTTP_METHODS as readonly string[]).includes(name)) continue;
      if (isActions && typeof fn !== 'function') continue;
      found.push({ key: `${rel}#${name}`, file, name, kind: isRoute ? 'route' : 'action', fn, gate: gateOf(fn) });
    }
  }
  found.sort((a, b) => a.key.localeCompare(b.key));
  return { found, inline };
}
