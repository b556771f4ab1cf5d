import 'server-only';
import { AppError } from '@/lib/errors';
import { isLocale, type AppLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { localized } from '@/lib/i18n/localized';
import type { Actor } from '@/features/auth/data';
import type { ColumnKey } from './columns';
import { COLUMN_KEYS, SENSITIVE_COLUMNS } from './columns';
import { countAttendees, delegationNames, findExportEvent, findSession, iterateAttendees, requireExporter, type ExportEvent } from './data';
import { recordExport } from './mutations';
import { forbiddenColumns } from './policy';
import { buildLabels, type RowContext } from './rows';
import { minorDigitsOf } from '@/features/money/rules';
import { CONTINENT_VALUES, PARTICIPANT_TYPES, PAYMENT_STATUS_VALUES, REGISTRATION_STATUSES, parseExportRequest, type AttendeeFilter, type ExportFormat } from './schema';
import { csvStream } from './stream-csv';
import { pdfListStream, pdfSignInStream } from './stream-pdf';
import { xlsxStream } from './stream-xlsx';

// The export route handlers are thin: they call these, which authorize
// (requireExporter + policy), read in batches and stream the file.

export const ENUM_VALUES = {
  status: REGISTRATION_STATUSES,
  participantType: PARTICIPANT_TYPES,
  organizationKind: ['COOPERATIVE', 'UNION', 'WOMENS_GROUP', 'YOUTH_GROUP', 'NGO', 'RESEARCH', 'LOCAL_GOVERNMENT', 'OTHER'],
  continent: CONTINENT_VALUES,
  accommodation: ['ORGANIZER_HOTEL', 'HOST_FAMILY', 'SELF_ARRANGED', 'NOT_NEEDED'],
  bursaryStatus: ['PENDING', 'GRANTED', 'DECLINED'],
  dietary: ['VEGETARIAN', 'VEGAN', 'HALAL', 'KOSHER', 'GLUTEN_FREE', 'LACTOSE_FREE', 'NUT_ALLERGY', 'OTHER'],
  accessibility: ['MOBILITY', 'WHEELCHAIR', 'HEARING', 'VISUAL', 'OTHER'],
  paymentStatus: PAYMENT_STATUS_VALUES,
} as const;

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export function requestLocale(params: URLSearchParams, actor: Actor): AppLocale {
  const wanted = params.get('locale');
  return isLocale(wanted) ? wanted : isLocale(actor.locale) ? actor.locale : 'fr';
}

export async function rowContext(event: Pick<ExportEvent, 'id' | 'timeZone'> & { currency?: string }, locale: AppLocale, columns: readonly ColumnKey[] = COLUMN_KEYS) {
  const [t, delegations] = await Promise.all([translatorFor(locale), delegationNames(event.id)]);
  const tt = t as unknown as { (key: string, values?: Record<string, string | number>): string; has: (key: string) => boolean };
  const ctx: RowContext = { locale, timeZone: event.timeZone, delegations, labels: buildLabels((k) => tt(k), (k) => tt.has(k), ENUM_VALUES, columns), minorDigits: event.currency ? minorDigitsOf(event.currency) : 0 };
  return { ctx, t: tt };
}

function today(timeZone: string) {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function fileResponse(body: ReadableStream<Uint8Array>, format: ExportFormat, filename: string, rows?: number): Response {
  const headers = new Headers({
    'Content-Type': CONTENT_TYPES[format],
    'Content-Disposition': `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (rows !== undefined) headers.set('X-Export-Rows', String(rows));
  return new Response(body, { headers });
}

async function staffEvent(slug: string) {
  const actor = await requireExporter();
  const event = await findExportEvent(slug);
  if (!event) throw new AppError('NOT_FOUND');
  return { actor, event };
}

function filterSummary(filter: AttendeeFilter, t: (key: string) => string): string {
  const parts = Object.entries(filter).filter(([, v]) => v).map(([k, v]) => `${t(`exports.filter.${k}`)}: ${v}`);
  return parts.join(' · ');
}

/** GET /api/exports/[slug]/attendees?format=csv|xlsx|pdf&columns=a,b&<filter> */
export async function exportAttendees(slug: string, params: URLSearchParams): Promise<Response> {
  const { actor, event } = await staffEvent(slug);
  const parsed = parseExportRequest(params);
  if (!parsed.success) throw new AppError('VALIDATION');
  const { filter, format, columns } = parsed.data;
  // The dialog never offers these to an organizer; a crafted URL is refused here.
  if (forbiddenColumns(actor.role, columns).length > 0) throw new AppError('FORBIDDEN');
  const sensitive = columns.some((c) => SENSITIVE_COLUMNS.includes(c));
  const locale = requestLocale(params, actor);
  const [{ ctx, t }, total] = await Promise.all([rowContext(event, locale, columns), countAttendees(event.id, filter)]);
  await recordExport(actor.id, event.id, 'export.attendees', { format, columns, filter, rows: total, sensitive });
  const batches = iterateAttendees(event.id, filter, { sensitive, columns, order: format === 'pdf' ? 'name' : 'id' });
  const title = `${localized(event.title, locale, event.languages)} — ${t('exports.fileTitle')}`;
  const name = `${event.code}-${t('exports.fileName')}-${today(event.timeZone)}.${format}`;
  const body =
    format === 'csv'
      ? csvStream(batches, columns, ctx)
      : format === 'xlsx'
        ? xlsxStream(batches, columns, ctx, t('exports.fileTitle'))
        : pdfListStream(batches, columns, ctx, {
            title,
            subtitle: [t('exports.rowsCount', { count: total }), filterSummary(filter, t)].filter(Boolean).join(' · '),
            pageLabel: (page) => t('exports.page', { page }),
          });
  return fileResponse(body, format, name, total);
}

/** GET /api/exports/[slug]/sessions/[sessionId]/sign-in — the session's printable sign-in sheet. */
export async function exportSignInSheet(slug: string, sessionId: string, params: URLSearchParams): Promise<Response> {
  const { actor, event } = await staffEvent(slug);
  const session = await findSession(event.id, sessionId);
  if (!session) throw new AppError('NOT_FOUND');
  const locale = requestLocale(params, actor);
  const filter: AttendeeFilter = { sessionId: session.id };
  const [{ ctx, t }, total] = await Promise.all([rowContext(event, locale), countAttendees(event.id, filter)]);
  await recordExport(actor.id, event.id, 'export.signInSheet', { sessionId: session.id, rows: total });
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: event.timeZone }).formatRange(session.startsAt, session.endsAt);
  const title = localized(session.title, locale, event.languages);
  const body = pdfSignInStream(iterateAttendees(event.id, filter, { order: 'name' }), ctx, {
    title,
    subtitle: [when, session.room?.name, t('exports.rowsCount', { count: total })].filter(Boolean).join(' · '),
    pageLabel: (page) => `${t('exports.signInSheet')} · ${t('exports.page', { page })}`,
    signature: t('exports.signature'),
    number: t('exports.number'),
  });
  return fileResponse(body, 'pdf', `${event.code}-${t('exports.signInFile')}-${session.id}.pdf`, total);
}
