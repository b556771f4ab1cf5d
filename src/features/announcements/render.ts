// Staff messages to attendees: placeholders filled per recipient, plain text
// only. Pure (unit-tested with hostile input).

export const PLACEHOLDERS = ['givenName', 'reference', 'balance', 'registrationLink'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Record<Placeholder, string>;

/** Values never carry control characters; in a subject not even a line break (no header injection). */
function cleanValue(value: string, singleLine: boolean): string {
  return value.replace(singleLine ? /[\u0000-\u001F\u007F]/g : /[\u0000-\u0009\u000B-\u001F\u007F]/g, ' ');
}

/**
 * Fills `{givenName}` etc. in one pass: a value containing `{reference}` stays
 * literal (a delegate cannot make the message reveal someone else's data), and
 * unknown placeholders are left as typed. The result is plain text: it is sent
 * without an HTML part, so `<script>` in a name or in the staff's text is only
 * ever shown as characters.
 */
export function fillPlaceholders(template: string, values: PlaceholderValues, { singleLine = false } = {}): string {
  const filled = template.replace(/\{(givenName|reference|balance|registrationLink)\}/g, (_, key: Placeholder) => cleanValue(values[key], singleLine));
  return singleLine ? filled.replace(/[\r\n]+/g, ' ').trim() : filled;
}

/** HTML for a preview outside React (or any HTML channel): everything escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The text in the recipient's language, else in the event's first language that has one. */
export function pickLanguage<L extends string>(texts: Partial<Record<L, string>>, locale: L, eventLanguages: readonly L[]): { text: string; locale: L } {
  const own = texts[locale]?.trim();
  if (own) return { text: own, locale };
  for (const l of eventLanguages) {
    const t = texts[l]?.trim();
    if (t) return { text: t, locale: l };
  }
  return { text: '', locale };
}
