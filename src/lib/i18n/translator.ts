import { createTranslator } from 'next-intl';
import type { AppLocale } from './locales';
import { loadMessages } from './messages';

/**
 * A translator for a language other than the request's (e-mails go out in the
 * recipient's language) and outside a request (scripts, tests).
 */
export async function translatorFor(locale: AppLocale) {
  const messages = await loadMessages(locale);
  return createTranslator({ locale, messages });
}
