import { NAMESPACES, type Messages, type Namespace } from './messages';

// Which messages reach the browser (NextIntlClientProvider), per part of the site. Server
// components read every namespace on the server; only client components need these, and they
// travel inline in every page's RSC payload. Public and sign-in pages must stay light on a slow
// phone, so their sets name the KEYS (a namespace, or a sub-tree such as `people.errors`) that
// their client components read. client-messages.test.ts follows each page's imports to its
// client components and fails when one reads a key its set does not send (it would show the key).

/** Client components in the root layout, on every page: language switcher, sign-out button, error page. */
export const BASE_CLIENT_MESSAGES = ['nav.language', 'nav.signOut', 'trust.error'] as const;

/** Every react-hook-form form: field messages, error codes, the error focus announcement. */
const FORMS = ['validation', 'errors', 'people.errors'] as const;

/** Never needed in the browser (e-mails are rendered on the server). */
const SERVER_ONLY: readonly Namespace[] = ['email'];

export const CLIENT_MESSAGES = {
  base: BASE_CLIENT_MESSAGES,
  /** Event, programme and session pages (enrol buttons). */
  public: [...BASE_CLIENT_MESSAGES, 'agenda.enrol'],
  /** The registration wizard (register page, set by that page). */
  register: [...BASE_CLIENT_MESSAGES, ...FORMS, 'registration', 'people.register', 'people.names', 'people.languages'],
  /** Invitation pages (accept an invitation, join a delegation). */
  invitations: [...BASE_CLIENT_MESSAGES, ...FORMS, 'auth', 'people.names', 'delegations.invitation'],
  /** Sign-in, sign-up, password reset, e-mail verification. */
  auth: [...BASE_CLIENT_MESSAGES, ...FORMS, 'auth', 'people.names'],
  /** Signed-in delegate pages (no JS budget there; heads may export lists): everything but server-only namespaces. */
  delegate: NAMESPACES.filter((n) => !SERVER_ONLY.includes(n)),
  staff: NAMESPACES.filter((n) => !SERVER_ONLY.includes(n)),
} satisfies Record<string, readonly string[]>;

export type ClientMessageSet = keyof typeof CLIENT_MESSAGES;

/** Whether `path` (`ns.a.b`) is sent by a set holding `sent`: it or one of its parents is listed. */
export function covers(sent: readonly string[], path: string): boolean {
  return sent.some((p) => path === p || path.startsWith(`${p}.`));
}

function at(messages: Messages, path: string): unknown {
  let node: unknown = messages;
  for (const part of path.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return node;
}

/**
 * The messages of `paths` as one tree. A listed path keeps the catalogue's own object, so the
 * same sub-tree in the root layout's set and a route group's set is serialized once in the RSC
 * payload (React dedupes by reference). The catalogue itself is never changed.
 */
function pick(messages: Messages, paths: readonly string[]): Messages {
  const out: Messages = {};
  const placed: string[] = [];
  for (const path of [...paths].sort((a, b) => a.length - b.length)) {
    const value = at(messages, path);
    if (value === undefined || covers(placed, path)) continue;
    placed.push(path);
    const parts = path.split('.');
    let node = out;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Messages;
    node[parts.at(-1)!] = value;
  }
  return out;
}

// Messages are loaded once per language in production (messages.ts): pick once per set too.
const picked = new WeakMap<Messages, Map<ClientMessageSet, Messages>>();

export function pickMessages(messages: Messages, set: ClientMessageSet): Messages {
  let sets = picked.get(messages);
  if (!sets) picked.set(messages, (sets = new Map()));
  let out = sets.get(set);
  if (!out) sets.set(set, (out = pick(messages, CLIENT_MESSAGES[set])));
  return out;
}
