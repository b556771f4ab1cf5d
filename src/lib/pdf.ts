import 'server-only';
import path from 'node:path';
import PDFDocument from 'pdfkit';

// PDFs must show every delegate's name in its own script, and CI has no
// system fonts. The fonts come from npm (@expo-google-fonts/noto-sans*, OFL
// licensed TrueType files): Noto Sans (Latin incl. Vietnamese, Cyrillic,
// Greek, Devanagari), Noto Sans Arabic, Noto Sans SC (Han, kana) and Noto Sans
// KR (Hangul). No single font holds them all, so text is split into runs by
// script and each run is drawn with the font that has its glyphs.

const FONT_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', '@expo-google-fonts');
const FILES = {
  sans: 'noto-sans/400Regular/NotoSans_400Regular.ttf',
  sansBold: 'noto-sans/700Bold/NotoSans_700Bold.ttf',
  arabic: 'noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
  cjk: 'noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  korean: 'noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
} as const;
export type FontName = keyof typeof FILES;

/** A PDF document with the fonts registered and Noto Sans as default (never the built-in Helvetica). */
export function createPdf(options: PDFKit.PDFDocumentOptions = {}): PDFKit.PDFDocument {
  const doc = new PDFDocument({ size: 'A4', margin: 36, font: SANS_PATH, ...options });
  for (const [name, file] of Object.entries(FILES)) if (name !== 'sans') doc.registerFont(name, path.join(FONT_DIR, file));
  return doc;
}

const SANS_PATH = path.join(FONT_DIR, FILES.sans);

/**
 * pdfkit caches the shaped layout of every distinct word per font (shaping is the
 * costly part of drawing text) and keeps it until the document ends, so a long list
 * would grow memory with every new name. Called at each new page: the cache then
 * holds one page's words (and the repeated ones: headers, countries) at most.
 * Uses pdfkit internals (`_fontFamilies`, `layoutCache`); harmless if they change.
 */
export function trimFontCaches(doc: PDFKit.PDFDocument): void {
  const families = (doc as unknown as { _fontFamilies?: Record<string, { layoutCache?: object }> })._fontFamilies ?? {};
  for (const font of Object.values(families)) if (font && font.layoutCache) font.layoutCache = Object.create(null) as object;
}

/**
 * Selects a font. Noto Sans is the document's default font, cached by pdfkit under its
 * path: selecting it under a registered name instead would make pdfkit re-read and
 * re-parse the font file on every call (it finds the same font already loaded and
 * does not remember the name), which made a 1,200-row list take half a minute.
 */
export function selectFont(doc: PDFKit.PDFDocument, name: FontName): void {
  doc.font(name === 'sans' ? SANS_PATH : name);
}

function fontOfChar(ch: string): FontName | null {
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]/u.test(ch)) return 'cjk';
  if (/\p{Script=Hangul}/u.test(ch)) return 'korean';
  if (/\p{Script=Arabic}/u.test(ch)) return 'arabic';
  if (/[\p{L}\p{N}]/u.test(ch)) return 'sans';
  return null; // spaces and punctuation go with the run they are in
}

/** The text cut into runs that one font can draw. */
export function fontRuns(text: string, base: FontName = 'sans'): { font: FontName; text: string }[] {
  const runs: { font: FontName; text: string }[] = [];
  for (const ch of text) {
    const wanted = fontOfChar(ch);
    const last = runs[runs.length - 1];
    if (last && (wanted === null || wanted === last.font || (wanted === 'sans' && last.font === base && base !== 'sans'))) last.text += ch;
    else runs.push({ font: wanted ?? base, text: ch });
  }
  return runs;
}

/**
 * pdfkit has no bidi: fontkit shapes and orders glyphs inside one word of
 * Arabic, but the words of an Arabic run must be laid out right to left, and
 * the Arabic font's space advances nothing. So an Arabic run is split into
 * words (drawn right to left) and spaces (drawn with Noto Sans).
 */
function visualRuns(runs: { font: FontName; text: string }[]): { font: FontName; text: string }[] {
  return runs.flatMap((run) =>
    run.font === 'arabic' && run.text.includes(' ')
      ? run.text
          .split(/( +)/)
          .filter(Boolean)
          .reverse()
          .map((part) => ({ font: part.trim() ? ('arabic' as const) : ('sans' as const), text: part }))
      : [run],
  );
}

// Letters the font draws as a base glyph plus a combining mark (Vietnamese "ị",
// "ễ"…). pdfkit's ToUnicode map gives one text per glyph, so once "ị" is drawn
// the shared base glyph "i" reads back as "ị" everywhere in the document (or the
// dot is lost): from the first such letter on, every line carries its exact
// text as ActualText, which the text layer (copy, search, screen readers) uses.
const DECOMPOSED = /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u1E00-\u1EFF]/u;
const usesActualText = new WeakSet<PDFKit.PDFDocument>();

function textWithActual(doc: PDFKit.PDFDocument, text: string, x: number, y: number): void {
  if (DECOMPOSED.test(text)) usesActualText.add(doc);
  if (!usesActualText.has(doc) || !text.trim()) {
    doc.text(text, x, y, { lineBreak: false });
    return;
  }
  doc.markContent('Span', { actual: text });
  doc.text(text, x, y, { lineBreak: false });
  doc.endMarkedContent();
}

/**
 * Draws one line of text at (x, y), cut with "…" to `width`; returns the
 * width used. `bold` only changes Latin runs (the other scripts have one weight here).
 */
export function drawLine(doc: PDFKit.PDFDocument, text: string, x: number, y: number, width: number, { size = 9, bold = false }: { size?: number; bold?: boolean } = {}): number {
  const base: FontName = bold ? 'sansBold' : 'sans';
  doc.fontSize(size);
  let cursor = x;
  for (const run of visualRuns(fontRuns(text.replace(/\s+/g, ' ').trim(), base))) {
    const font = run.font === 'sans' ? base : run.font;
    selectFont(doc, font);
    const piece = run.text;
    const w = doc.widthOfString(piece);
    if (cursor + w > x + width) {
      // Binary search for the longest prefix that fits with "…" (a few layouts, not one per character).
      const chars = [...piece];
      const room = x + width - cursor - doc.widthOfString('…');
      let lo = 0;
      let hi = chars.length;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (doc.widthOfString(chars.slice(0, mid).join('')) <= room) lo = mid;
        else hi = mid - 1;
      }
      textWithActual(doc, `${chars.slice(0, lo).join('')}…`, cursor, y);
      selectFont(doc, 'sans');
      return width;
    }
    textWithActual(doc, piece, cursor, y);
    cursor += w;
  }
  selectFont(doc, 'sans');
  return cursor - x;
}
