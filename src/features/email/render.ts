import 'server-only';
import type { AppLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';

/** Templates are keys of the `email` namespace, each with `subject` and `body`. */
export type EmailTemplate =
  | 'verifyEmail'
  | 'signUpExisting'
  | 'passwordReset'
  | 'passwordChanged'
  | 'roleChanged'
  | (string & {});

export type EmailParams = Record<string, string | number>;

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Renders a message in the recipient's language. Parameters are plain text:
 * the HTML version escapes everything and turns bare URLs into links.
 */
export async function renderEmail(locale: AppLocale, template: EmailTemplate, params: EmailParams) {
  const t = await translatorFor(locale);
  const subject = t(`email.${template}.subject` as never, params as never) as string;
  const body = t(`email.${template}.body` as never, params as never) as string;
  const signature = t('email.signature' as never) as string;
  const text = `${body}\n\n${signature}\n`;
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;line-height:1.5">${text
    .trim()
    .split(/\n{2,}/)
    .map((p) =>
      `<p>${escapeHtml(p)
        .replace(/\n/g, '<br>')
        .replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>')}</p>`,
    )
    .join('')}</body></html>`;
  return { subject, text, html };
}
