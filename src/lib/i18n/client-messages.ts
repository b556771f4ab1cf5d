import { NAMESPACES, type Messages, type Namespace } from './messages';

// Which message namespaces reach the browser (NextIntlClientProvider), per part of the site.
// Server components read every namespace on the server; only client components need these.
// The catalogue is ~60 KB per language: public pages get only what their client components
// use (they must stay under 100 KB of JavaScript on a slow phone). A client component added to
// a public or sign-in page with a namespace not listed here shows its keys: add it here.

/**
 * Used by client components on every page: header (language switcher, sign-out), form
 * messages and the error focus of every form (people), the error page (trust).
 */
export const BASE_CLIENT_NAMESPACES: readonly Namespace[] = ['common', 'nav', 'errors', 'validation', 'people', 'trust'];

/** Never needed in the browser (e-mails are rendered on the server). */
const SERVER_ONLY: readonly Namespace[] = ['email'];

export const CLIENT_NAMESPACES = {
  base: BASE_CLIENT_NAMESPACES,
  /** Event, programme, session and registration pages. */
  public: [...BASE_CLIENT_NAMESPACES, 'event', 'programme', 'agenda', 'registration'],
  /** Invitation pages (accept an invitation, join a delegation). */
  invitations: [...BASE_CLIENT_NAMESPACES, 'auth', 'delegations'],
  auth: [...BASE_CLIENT_NAMESPACES, 'auth'],
  /** Signed-in delegate pages (no JS budget there; heads may export lists): everything but server-only namespaces. */
  delegate: NAMESPACES.filter((n) => !SERVER_ONLY.includes(n)),
  staff: NAMESPACES.filter((n) => !SERVER_ONLY.includes(n)),
} satisfies Record<string, readonly Namespace[]>;

export type ClientMessageSet = keyof typeof CLIENT_NAMESPACES;

export function pickMessages(messages: Messages, set: ClientMessageSet): Messages {
  return Object.fromEntries(CLIENT_NAMESPACES[set].filter((n) => n in messages).map((n) => [n, messages[n]]));
}
