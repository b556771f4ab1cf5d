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
  const doc = new PDFDocument({ size: 'A4', margin: 36, font: path.join(FONT_DIR, FILES.sans), ...options });
  for (const [name, file] of Object.entries(FILES)) doc.registerFont(name, path.join(FONT_DIR, file));
  doc.font('sans');
  return doc;
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
    doc.font(font);
    let piece = run.text;
    let w = doc.widthOfString(piece);
    if (cursor + w > x + width) {
      const ell = doc.widthOfString('…');
      while (piece.length > 0 && cursor + doc.widthOfString(piece) + ell > x + width) piece = [...piece].slice(0, -1).join('');
      doc.text(`${piece}…`, cursor, y, { lineBreak: false });
      doc.font('sans');
      return x + width - x;
    }
    doc.text(piece, cursor, y, { lineBreak: false });
    cursor += w;
    w = 0;
  }
  doc.font('sans');
  return cursor - x;
}
