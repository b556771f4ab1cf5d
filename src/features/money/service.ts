import 'server-only';
import { AppError } from '@/lib/errors';
import { isLocale, type AppLocale } from '@/lib/i18n/locales';
import type { Actor } from '@/features/auth/data';
import { findExportEvent } from '@/features/exports/data';
import { recordExport } from '@/features/exports/mutations';
import { invoiceRegistration, iterateInvoices, iterateReceipts, receiptEntry } from './data';
import { drawInvoicePage, drawReceiptPage, renderInvoicePdf, renderReceiptPdf, streamBulkPdf } from './pdf';

const PDF_HEADERS = { 'Content-Type': 'application/pdf', 'Cache-Control': 'private, no-store' } as const;

function localeFrom(request: Request, actor: Actor): AppLocale {
  const wanted = new URL(request.url).searchParams.get('locale');
  return isLocale(wanted) ? wanted : isLocale(actor.locale) ? actor.locale : 'fr';
}

/** The pro-forma invoice of a registration: its owner or staff; 404 for anyone else. */
export async function invoiceResponse(request: Request, actor: Actor, registrationId: string): Promise<Response> {
  if (registrationId.length > 64) throw new AppError('NOT_FOUND');
  const r = await invoiceRegistration(actor, registrationId);
  if (!r || r.status === 'CANCELLED' || r.status === 'REJECTED') throw new AppError('NOT_FOUND');
  const pdf = await renderInvoicePdf(r, localeFrom(request, actor));
  return new Response(new Uint8Array(pdf), { headers: { ...PDF_HEADERS, 'Content-Disposition': `attachment; filename="invoice-${r.referenceNumber}.pdf"` } });
}

/** The receipt of one payment: its payer or staff; 404 for anyone else. */
export async function receiptResponse(request: Request, actor: Actor, entryId: string): Promise<Response> {
  if (entryId.length > 64) throw new AppError('NOT_FOUND');
  const e = await receiptEntry(actor, entryId);
  if (!e) throw new AppError('NOT_FOUND');
  const pdf = await renderReceiptPdf(e, localeFrom(request, actor));
  return new Response(new Uint8Array(pdf), { headers: { ...PDF_HEADERS, 'Content-Disposition': `attachment; filename="receipt-${e.registration.event.code}-${e.receiptNumber}.pdf"` } });
}

/** Every receipt (in number order) or every open invoice of an event as one PDF (secretariat); audited. */
export async function bulkMoneyResponse(request: Request, actor: Actor, slug: string): Promise<Response> {
  const kind = new URL(request.url).searchParams.get('kind');
  if (kind !== 'receipts' && kind !== 'invoices') throw new AppError('VALIDATION');
  const event = await findExportEvent(slug);
  if (!event) throw new AppError('NOT_FOUND');
  await recordExport(actor.id, event.id, `export.${kind}`, { format: 'pdf' });
  const body = kind === 'receipts' ? streamBulkPdf(iterateReceipts(event.id), drawReceiptPage) : streamBulkPdf(iterateInvoices(event.id), drawInvoicePage);
  return new Response(body, { headers: { ...PDF_HEADERS, 'Content-Disposition': `attachment; filename="${event.code}-${kind}.pdf"` } });
}
