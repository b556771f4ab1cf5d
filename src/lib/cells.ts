// Spreadsheet-safe cell values (OWASP "CSV Injection" guidance).
//
// A spreadsheet program evaluates a cell whose text starts with `=`, `+`, `-`
// or `@` as a formula (and tab / carriage return / NUL can hide such a prefix
// from a naive check), so an attendee called `=HYPERLINK("http://evil", "x")`
// could run a formula on the organizer's machine. Every exported text cell goes
// through `neutraliseCell`: a dangerous first character gets a single quote in
// front, which spreadsheets show as text and never evaluate. Values are
// otherwise untouched: accents, quotes, commas, newlines and non-Latin scripts
// survive (CSV quoting is done by `csvField`).

/** First characters that make a spreadsheet treat a cell as a formula. */
export const DANGEROUS_PREFIXES = ['=', '+', '-', '@', '\t', '\r', '\0'] as const;

export function isDangerous(value: string): boolean {
  return value.length > 0 && (DANGEROUS_PREFIXES as readonly string[]).includes(value[0]);
}

/** The value with a leading `'` when it would otherwise be read as a formula. */
export function neutraliseCell(value: string): string {
  return isDangerous(value) ? `'${value}` : value;
}

/**
 * One CSV field (RFC 4180): neutralised, then quoted when it holds a comma,
 * a quote, a line break or leading/trailing spaces; inner quotes are doubled.
 * `null`/`undefined` become an empty field.
 */
export function csvField(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const safe = neutraliseCell(value);
  const mustQuote = /[",\r\n]/.test(safe) || safe !== safe.trim() || safe !== value;
  return mustQuote ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV record, CRLF-terminated (what spreadsheet programs expect). */
export function csvRow(values: readonly (string | null | undefined)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** UTF-8 byte order mark: Excel reads the file as UTF-8 only when it is there. */
export const UTF8_BOM = '\uFEFF';

/**
 * Characters XML 1.0 forbids (XLSX is XML): C0 controls except tab/LF/CR,
 * U+FFFE/U+FFFF and lone surrogates. They are dropped from XLSX cells (the
 * database cannot hold NUL anyway); everything else is kept.
 */
export function stripXmlInvalid(value: string): string {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

/**
 * A text cell for XLSX: XML-invalid characters dropped, line breaks as LF
 * (what Excel uses inside a cell; XML would turn a raw CR into LF anyway),
 * neutralised exactly like the CSV (before the CR becomes LF, so a leading CR still counts).
 */
export function xlsxText(value: string): string {
  return neutraliseCell(stripXmlInvalid(value)).replace(/\r\n?/g, '\n');
}
