import 'server-only';
import { AppError } from '@/lib/errors';
import { countryName } from '@/lib/geo';
import { localized } from '@/lib/i18n/localized';
import { translatorFor } from '@/lib/i18n/translator';
import { isLocale, type AppLocale } from '@/lib/i18n/locales';
import type { Actor } from '@/features/auth/data';
import { recordExport } from '@/features/exports/mutations';
import { tableCsv, tableXlsx, type TableCell } from '@/features/exports/stream-table';
import { minorDigits } from '@/features/registrations/form-values';
import { findBursaryEvent, iterateDecisions } from './data';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const COLUMNS = ['reference', 'lastName', 'firstName', 'email', 'country', 'continent', 'delegation', 'feeCategory', 'asked', 'decision', 'granted', 'feeCover', 'currency', 'reason', 'decisionReason', 'decidedAt'] as const;

/**
 * GET /api/exports/[slug]/bursaries?format=csv|xlsx — every request and its
 * decision, for the accountants (secretariat; the route's gate). Amounts are
 * numbers in the currency's major unit; text cells are neutralised and the
 * rows streamed like the attendee exports. Audited (never the data).
 */
export async function exportBursaries(actor: Actor, slug: string, params: URLSearchParams): Promise<Response> {
  const format = params.get('format');
  if (format !== 'csv' && format !== 'xlsx') throw new AppError('VALIDATION');
  const event = await findBursaryEvent(slug);
  if (!event) throw new AppError('NOT_FOUND');
  const wanted = params.get('locale');
  const locale: AppLocale = isLocale(wanted) ? wanted : isLocale(actor.locale) ? actor.locale : 'fr';
  const t = await translatorFor(locale);
  const tt = (key: string) => t(key as never) as string;
  const scale = 10 ** minorDigits(event.currency);
  const money = (minor: number | null) => (minor === null ? null : minor / scale);
  await recordExport(actor.id, event.id, 'export.bursaries', { format });
  async function* rows() {
    for await (const batch of iterateDecisions(event!.id)) {
      yield batch.map((r): TableCell[] => [
        r.referenceNumber, r.lastName, r.firstName, r.email, countryName(r.country, locale), tt(`bursaries.continents.${r.continent}`),
        r.delegation?.name ?? null, r.feeCategory ? localized(r.feeCategory.label, locale, event!.languages) : null,
        money(r.bursaryAmountMinor), tt(`bursaries.status.${r.bursaryStatus ?? 'PENDING'}`), money(r.bursaryGrantedMinor), money(r.bursaryFeeCoverMinor),
        event!.currency, r.bursaryReason, r.bursaryDecisionReason, r.bursaryDecidedAt,
      ]);
    }
  }
  const sheet = { name: tt('bursaries.export.sheet'), header: COLUMNS.map((c) => tt(`bursaries.export.columns.${c}`)), widths: [14, 18, 18, 28, 16, 12, 24, 18, 12, 14, 12, 12, 8, 40, 40, 18], dateFormat: undefined, rows: rows() };
  const name = `${event.code}-${tt('bursaries.export.file')}.${format}`;
  const body = format === 'csv' ? tableCsv(sheet, (cell) => (cell === null ? '' : cell instanceof Date ? cell.toISOString() : String(cell))) : tableXlsx([sheet]);
  return new Response(body, {
    headers: { 'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : XLSX, 'Content-Disposition': `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`, 'Cache-Control': 'no-store' },
  });
}
