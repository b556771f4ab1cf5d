// Letter templates: paragraphs (separated by a blank line) with {placeholders}. Pure.

export const PLACEHOLDERS = ['name', 'nationality', 'passportNumber', 'passportExpiry', 'dateOfBirth', 'organization', 'event', 'dates', 'city', 'support'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type TemplateValues = Record<Placeholder, string>;

const KNOWN = new Set<string>(PLACEHOLDERS);

/**
 * The template's paragraphs with each known `{placeholder}` replaced by its
 * value, in one pass: a value is inserted as text and never read again, so a
 * delegate named "{passportNumber}" or "<b>" stays exactly that (the PDF draws
 * text; nothing is interpreted). Unknown placeholders are left as written, so
 * the secretariat sees their typo in the preview.
 */
export function renderTemplate(template: string, values: TemplateValues): string[] {
  return template
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .replace(/\{([A-Za-z]+)\}/g, (whole, key: string) => (KNOWN.has(key) ? values[key as Placeholder] : whole))
        .replace(/[ \t]*\n[ \t]*/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}

/** Placeholders used in a template that do not exist (shown under the field). */
export function unknownPlaceholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]).filter((k) => !KNOWN.has(k)))];
}
