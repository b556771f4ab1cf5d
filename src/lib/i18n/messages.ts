import type { AppLocale } from './locales';

/**
 * Messages live in one file per namespace and language
 * (`messages/<locale>/<namespace>.json`) so that features add their own files
 * without touching each other's. Add a namespace here when you add its files;
 * `messages.test.ts` fails when a key is missing in any language.
 */
export const NAMESPACES = ['common', 'nav', 'auth', 'validation', 'errors', 'home', 'event', 'staff', 'email', 'account', 'registration', 'registrationAdmin', 'dashboard', 'exports', 'checkin', 'programme', 'agenda', 'delegations', 'trust', 'mail', 'myData', 'events', 'bursaries', 'visaLetters', 'money', 'announcements', 'allocation', 'people'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export type Messages = Record<string, unknown>;

const loaded = new Map<AppLocale, Promise<Messages>>();

/**
 * All namespaces of one language. They are static files, so a production server loads each
 * language once (building the object per request cost ~5 ms of CPU on every page and action);
 * in development they are re-read so edits show.
 */
export function loadMessages(locale: AppLocale): Promise<Messages> {
  if (process.env.NODE_ENV !== 'production') return readMessages(locale);
  let messages = loaded.get(locale);
  if (!messages) {
    messages = readMessages(locale);
    loaded.set(locale, messages);
    messages.catch(() => loaded.delete(locale));
  }
  return messages;
}

async function readMessages(locale: AppLocale): Promise<Messages> {
  const entries = await Promise.all(
    NAMESPACES.map(async (namespace) => {
      const mod = (await import(`../../../messages/${locale}/${namespace}.json`)) as { default: Messages };
      return [namespace, mod.default] as const;
    }),
  );
  return Object.fromEntries(entries);
}
