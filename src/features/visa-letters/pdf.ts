import 'server-only';
import QRCode from 'qrcode';
import { formatDay, formatDayRange } from '@/lib/dates';
import { countryName } from '@/lib/geo';
import { localized } from '@/lib/i18n/localized';
import type { AppLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
// Noto fonts per script (src/lib/pdf.ts): Arabic, Chinese, Vietnamese and Wolof names print correctly.
import { createPdf, drawLine, fontRuns, selectFont } from '@/lib/pdf';
import { renderTemplate, type TemplateValues } from './template';

export type LetterImages = { signature: Uint8Array | null; logo: Uint8Array | null };
export type LetterContent = {
  number: string;
  issuedAt: Date;
  locale: AppLocale;
  /** Absolute verification URL (also in the QR code). */
  verifyUrl: string;
  template: string;
  values: TemplateValues;
  event: { title: unknown; languages: AppLocale[]; city: string; country: string; timeZone: string };
  signatoryName: string;
  signatoryTitle: string;
  images: LetterImages;
  preview?: boolean;
};

function textWidth(doc: PDFKit.PDFDocument, text: string, size: number): number {
  doc.fontSize(size);
  let w = 0;
  for (const run of fontRuns(text)) {
    selectFont(doc, run.font);
    w += doc.widthOfString(run.text);
  }
  selectFont(doc, 'sans');
  return w;
}

/** Greedy word wrap measured with each script's font (pdfkit's own wrapping knows one font). */
function wrap(doc: PDFKit.PDFDocument, paragraph: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(doc, next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The letter as a PDF buffer (A4, one page for a usual template). */
export async function renderLetterPdf(c: LetterContent): Promise<Buffer> {
  const t = await translatorFor(c.locale);
  const tr = (key: string, params?: Record<string, string>) => t(`visaLetters.pdf.${key}` as never, params as never) as string;
  const doc = createPdf({ info: { Title: `${tr('title')} ${c.number}` } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const left = 56;
  const width = doc.page.width - 2 * left;
  let y = 48;
  if (c.images.logo) {
    try {
      doc.image(Buffer.from(c.images.logo), left, y, { fit: [140, 60] });
    } catch {
      /* an unreadable image is left out rather than failing the letter */
    }
  }
  const title = localized(c.event.title, c.locale, c.event.languages);
  drawLine(doc, title, left + 160, y, width - 160, { size: 11, bold: true });
  drawLine(doc, `${c.event.city}, ${countryName(c.event.country, c.locale)}`, left + 160, y + 16, width - 160, { size: 10 });
  y += 80;
  drawLine(doc, `${tr('number')} ${c.number}`, left, y, width, { size: 10 });
  drawLine(doc, `${c.event.city}, ${new Intl.DateTimeFormat(c.locale, { dateStyle: 'long', timeZone: c.event.timeZone }).format(c.issuedAt)}`, left, y + 14, width, { size: 10 });
  y += 44;
  drawLine(doc, c.preview ? `${tr('title')} — ${tr('preview')}` : tr('title'), left, y, width, { size: 16, bold: true });
  y += 32;
  const size = 11;
  for (const paragraph of renderTemplate(c.template, c.values)) {
    for (const line of wrap(doc, paragraph, width, size)) {
      if (y > doc.page.height - 200) {
        doc.addPage();
        y = 56;
      }
      drawLine(doc, line, left, y, width, { size });
      y += 16;
    }
    y += 10;
  }
  y += 10;
  if (c.images.signature) {
    try {
      doc.image(Buffer.from(c.images.signature), left, y, { fit: [160, 60] });
    } catch {
      /* see above */
    }
  }
  y += 64;
  drawLine(doc, c.signatoryName, left, y, width / 2, { size: 11, bold: true });
  drawLine(doc, c.signatoryTitle, left, y + 15, width / 2, { size: 10 });
  const qr = await QRCode.toBuffer(c.verifyUrl, { errorCorrectionLevel: 'M', margin: 1, width: 220 });
  const qrSize = 96;
  const qrY = doc.page.height - 56 - qrSize - 30;
  doc.image(qr, doc.page.width - left - qrSize, qrY, { width: qrSize, height: qrSize });
  drawLine(doc, tr('verify'), left, qrY + 30, width - qrSize - 16, { size: 9 });
  drawLine(doc, c.verifyUrl, left, qrY + 44, width - qrSize - 16, { size: 9 });
  doc.end();
  return done;
}

/** Values for the template from a letter and its registration (dates in the letter's language). */
export function templateValues(input: {
  locale: AppLocale;
  holderName: string;
  nationality: string;
  organization: string;
  passportNumber: string | null;
  passportExpiry: Date | null;
  dateOfBirth: Date | null;
  event: { title: unknown; languages: AppLocale[]; city: string; startDate: Date; endDate: Date };
  support: string;
}): TemplateValues {
  const day = (d: Date | null) => (d ? formatDay(d, input.locale) : '—');
  return {
    name: input.holderName,
    nationality: countryName(input.nationality, input.locale),
    passportNumber: input.passportNumber ?? '—',
    passportExpiry: day(input.passportExpiry),
    dateOfBirth: day(input.dateOfBirth),
    organization: input.organization,
    event: localized(input.event.title, input.locale, input.event.languages),
    dates: formatDayRange(input.event.startDate, input.event.endDate, input.locale),
    city: input.event.city,
    support: input.support,
  };
}
