import 'server-only';
import { Readable } from 'node:stream';
import { countryName } from '@/lib/geo';
import { formatDay, formatDayRange } from '@/lib/dates';
import { localized } from '@/lib/i18n/localized';
import { isLocale, type AppLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { createPdf, drawLine, trimFontCaches } from '@/lib/pdf';
import type { InvoiceRegistration, ReceiptEntry } from './data';
import { balanceOf, formatMoney } from './rules';

// Invoices (pro-forma) and receipts, in the delegate's language, with the
// organiser's legal details and the payment instructions of the event.
// Fonts: Noto Sans from npm (src/lib/pdf.ts), so every script prints.

type T = (key: string, params?: Record<string, string | number>) => string;
type Doc = PDFKit.PDFDocument;
const LEFT = 48;

/** Plain word wrap (drawLine truncates): good enough for addresses and instructions. */
function wrap(text: string, max = 90): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let current = '';
    for (const word of line.split(/\s+/)) {
      if (current && (current + ' ' + word).length > max) {
        out.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    out.push(current);
  }
  return out;
}

function block(doc: Doc, text: string, y: number, size = 10): number {
  for (const line of wrap(text)) {
    drawLine(doc, line, LEFT, y, doc.page.width - 2 * LEFT, { size });
    y += size + 4;
  }
  return y;
}

function header(doc: Doc, t: T, title: string, r: InvoiceRegistration, locale: AppLocale): number {
  const width = doc.page.width - 2 * LEFT;
  const e = r.event;
  let y = 48;
  drawLine(doc, title, LEFT, y, width, { size: 20, bold: true });
  y += 30;
  drawLine(doc, localized(e.title, locale, e.languages), LEFT, y, width, { size: 12 });
  y += 18;
  drawLine(doc, `${e.city}, ${countryName(e.country, locale)} · ${formatDayRange(e.startDate, e.endDate, locale)}`, LEFT, y, width, { size: 10 });
  y += 20;
  const legal = e.moneySettings?.legalDetails?.trim();
  if (legal) {
    drawLine(doc, t('pdf.issuer'), LEFT, y, width, { size: 9, bold: true });
    y = block(doc, legal, y + 13, 9) + 6;
  }
  drawLine(doc, t('pdf.billedTo'), LEFT, y, width, { size: 9, bold: true });
  y += 13;
  const addressee = r.billingName?.trim() || `${r.firstName} ${r.lastName}`;
  y = block(doc, `${addressee}${r.billingName ? `\n${t('pdf.attendee', { name: `${r.firstName} ${r.lastName}` })}` : `\n${r.organization}`}${r.billingAddress ? `\n${r.billingAddress}` : ''}`, y, 10);
  return y + 10;
}

function rows(doc: Doc, pairs: [string, string][], y: number): number {
  const width = doc.page.width - 2 * LEFT;
  for (const [label, value] of pairs) {
    drawLine(doc, label, LEFT, y, 190, { size: 11, bold: true });
    drawLine(doc, value, LEFT + 200, y, width - 200, { size: 11 });
    y += 20;
  }
  return y;
}

function instructions(doc: Doc, t: T, r: InvoiceRegistration, locale: AppLocale, y: number): number {
  const text = localized(r.event.moneySettings?.paymentInstructions, locale, r.event.languages);
  if (!text) return y;
  drawLine(doc, t('pdf.howToPay'), LEFT, y, 300, { size: 11, bold: true });
  return block(doc, text, y + 16, 10);
}

async function translatorOf(locale: AppLocale): Promise<T> {
  const t = await translatorFor(locale);
  return (key, params) => t(`money.${key}` as never, params as never) as string;
}

function localeOf(r: InvoiceRegistration, wanted?: AppLocale): AppLocale {
  if (wanted) return wanted;
  return isLocale(r.user.locale) ? r.user.locale : 'fr';
}

async function drawInvoice(doc: Doc, r: InvoiceRegistration, wanted?: AppLocale) {
  const locale = localeOf(r, wanted);
  const t = await translatorOf(locale);
  const currency = r.event.currency;
  let y = header(doc, t, t('pdf.invoiceTitle'), r, locale);
  const fee = r.feeCategory ? `${localized(r.feeCategory.label, locale, r.event.languages) || r.feeCategory.code}` : t('pdf.noFee');
  const cover = r.feeCategory ? r.feeCategory.amountMinor - r.amountDueMinor : 0;
  const pairs: [string, string][] = [
    [t('pdf.invoiceNumber'), r.referenceNumber],
    [t('pdf.date'), formatDay(new Date(new Date().toISOString().slice(0, 10)), locale)],
    [t('pdf.feeCategory'), fee],
    [t('pdf.fee'), formatMoney(r.feeCategory?.amountMinor ?? 0, currency, locale)],
  ];
  if (cover > 0) pairs.push([t('pdf.bursaryCover'), `− ${formatMoney(cover, currency, locale)}`]);
  pairs.push([t('pdf.amountDue'), formatMoney(r.amountDueMinor, currency, locale)], [t('pdf.paid'), formatMoney(r.amountPaidMinor, currency, locale)], [t('pdf.balance'), formatMoney(balanceOf(r), currency, locale)], [t('pdf.status'), t(`statuses.${r.paymentStatus}`)]);
  y = rows(doc, pairs, y) + 10;
  drawLine(doc, t('pdf.quote', { reference: r.referenceNumber }), LEFT, y, doc.page.width - 2 * LEFT, { size: 12, bold: true });
  y += 26;
  instructions(doc, t, r, locale, y);
}

async function drawReceipt(doc: Doc, e: ReceiptEntry, wanted?: AppLocale) {
  const r = e.registration;
  const locale = localeOf(r, wanted);
  const t = await translatorOf(locale);
  let y = header(doc, t, t('pdf.receiptTitle', { number: e.receiptNumber ?? 0 }), r, locale);
  y = rows(doc, [
    [t('pdf.receiptNumber'), `${r.event.code}-R${String(e.receiptNumber ?? 0).padStart(5, '0')}`],
    [t('pdf.reference'), r.referenceNumber],
    [t('pdf.paidOn'), formatDay(e.paidOn, locale)],
    [t('pdf.amountReceived'), formatMoney(e.amountMinor, e.currency, locale)],
    [t('pdf.method'), t(`methods.${e.method}`)],
    ...(e.payerReference ? ([[t('pdf.payerReference'), e.payerReference]] as [string, string][]) : []),
    [t('pdf.balance'), formatMoney(balanceOf(r), r.event.currency, locale)],
  ], y);
  if (e.reversedBy) {
    y += 10;
    drawLine(doc, t(e.reversedBy.kind === 'REFUND' ? 'pdf.refunded' : 'pdf.cancelled', { date: formatDay(e.reversedBy.createdAt, locale) }), LEFT, y, doc.page.width - 2 * LEFT, { size: 12, bold: true });
  }
}

function toBuffer(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

export async function renderInvoicePdf(r: InvoiceRegistration, locale: AppLocale): Promise<Buffer> {
  const doc = createPdf({ info: { Title: r.referenceNumber } });
  const done = toBuffer(doc);
  await drawInvoice(doc, r, locale);
  doc.end();
  return done;
}

export async function renderReceiptPdf(e: ReceiptEntry, locale: AppLocale): Promise<Buffer> {
  const doc = createPdf({ info: { Title: `${e.registration.event.code}-R${e.receiptNumber}` } });
  const done = toBuffer(doc);
  await drawReceipt(doc, e, locale);
  doc.end();
  return done;
}

/**
 * Many invoices or receipts in one PDF, one per page, each in its delegate's
 * language; read in batches and streamed (a large event never sits in memory).
 */
export function streamBulkPdf<R>(batches: AsyncGenerator<R[]>, draw: (doc: Doc, row: R) => Promise<void>): ReadableStream<Uint8Array> {
  const doc = createPdf({ autoFirstPage: false });
  (async () => {
    try {
      let pages = 0;
      for await (const batch of batches) {
        for (const row of batch) {
          doc.addPage();
          trimFontCaches(doc);
          await draw(doc, row);
          pages++;
        }
      }
      if (pages === 0) doc.addPage();
      doc.end();
    } catch (error) {
      doc.destroy(error as Error);
    }
  })();
  return Readable.toWeb(doc as unknown as Readable) as ReadableStream<Uint8Array>;
}

export const drawInvoicePage = (doc: Doc, r: InvoiceRegistration) => drawInvoice(doc, r);
export const drawReceiptPage = (doc: Doc, e: ReceiptEntry) => drawReceipt(doc, e);
