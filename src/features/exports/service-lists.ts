import 'server-only';
import { AppError } from '@/lib/errors';
import { countryName } from '@/lib/geo';
import { attendeeFilterSchema, filterInput, type AttendeeFilter } from './schema';
import { findExportEvent, iterateAttendees, logisticsSummary, requireExporter, rosterDelegations, rosterMembersOf } from './data';

const ROSTER_CHUNK = 50;
import { recordExport } from './mutations';
import { cellValue, wallClockDate } from './rows';
import { requestLocale, rowContext } from './service';
import { tableCsv, tableXlsx, type TableCell } from './stream-table';

// Logistics (arrivals/departures per day, accommodation) and the delegation roster.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function attachment(body: ReadableStream<Uint8Array>, type: string, filename: string) {
  return new Response(body, {
    headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`, 'Cache-Control': 'no-store' },
  });
}

async function start(slug: string) {
  const actor = await requireExporter();
  const event = await findExportEvent(slug);
  if (!event) throw new AppError('NOT_FOUND');
  return { actor, event };
}

async function* once<T>(value: T) {
  yield value;
}

const LOGISTICS_COLUMNS = ['reference', 'lastName', 'firstName', 'delegation', 'country', 'status', 'arrivalAt', 'departureAt', 'accommodation', 'dietary', 'dietaryNotes', 'accessibility', 'accessibilityNotes'] as const;

/** GET /api/exports/[slug]/logistics — XLSX: a per-day sheet and a per-person sheet (holding a seat unless filtered). */
export async function exportLogistics(slug: string, params: URLSearchParams): Promise<Response> {
  const { actor, event } = await start(slug);
  const parsed = attendeeFilterSchema.safeParse(filterInput(params));
  if (!parsed.success) throw new AppError('VALIDATION');
  const statuses = parsed.data.status ? [parsed.data.status] : ['SUBMITTED', 'APPROVED'];
  const locale = requestLocale(params, actor);
  const [{ ctx, t }, summary] = await Promise.all([rowContext(event, locale), logisticsSummary(event.id, event.timeZone, statuses)]);
  await recordExport(actor.id, event.id, 'export.logistics', { filter: parsed.data });
  const filters: AttendeeFilter[] = parsed.data.status ? [parsed.data] : statuses.map((status) => ({ ...parsed.data, status: status as AttendeeFilter['status'] }));
  async function* people() {
    for (const filter of filters) {
      for await (const batch of iterateAttendees(event.id, filter)) {
        yield batch.map((row) => LOGISTICS_COLUMNS.map((key): TableCell => {
          const value = cellValue(row, key, ctx);
          return value instanceof Date ? wallClockDate(value, 'datetime', event.timeZone) : value;
        }));
      }
    }
  }
  const body = tableXlsx([
    {
      name: t('exports.logistics.perDay'),
      header: [t('exports.logistics.day'), t('exports.logistics.arrivals'), t('exports.logistics.departures')],
      widths: [14, 12, 12],
      rows: once(summary.days.map((d) => [d.day, d.arrivals, d.departures])),
    },
    {
      name: t('exports.logistics.accommodation'),
      header: [t('exports.columns.accommodation'), t('exports.logistics.people')],
      widths: [24, 12],
      rows: once(summary.accommodation.map((a) => [ctx.labels.values.accommodation[a.accommodation] ?? a.accommodation, a.count])),
    },
    { name: t('exports.logistics.people'), header: LOGISTICS_COLUMNS.map((c) => ctx.labels.columns[c]), widths: [14, 18, 18, 26, 18, 12, 18, 18, 18, 20, 28, 18, 28], dateFormat: 'yyyy-mm-dd hh:mm', rows: people() },
  ]);
  return attachment(body, XLSX, `${event.code}-${t('exports.logistics.file')}.xlsx`);
}

/** GET /api/exports/[slug]/roster?format=csv|xlsx — every delegation with quota use, then its members. */
export async function exportRoster(slug: string, params: URLSearchParams): Promise<Response> {
  const { actor, event } = await start(slug);
  const format = params.get('format');
  if (format !== 'csv' && format !== 'xlsx') throw new AppError('VALIDATION');
  const locale = requestLocale(params, actor);
  const [{ ctx, t }, delegations] = await Promise.all([rowContext(event, locale), rosterDelegations(event.id)]);
  await recordExport(actor.id, event.id, 'export.roster', { format });
  async function* rows() {
    // Members are read ROSTER_CHUNK delegations at a time (one query each, bounded by their quotas), not one query per delegation.
    for (let i = 0; i < delegations.length; i += ROSTER_CHUNK) {
      const chunk = delegations.slice(i, i + ROSTER_CHUNK);
      const membersOf = await rosterMembersOf(chunk.map((d) => d.id));
      for (const d of chunk) yield (membersOf.get(d.id) ?? []).map((m): TableCell[] => [
        d.name,
        d.country ? countryName(d.country, locale) : null,
        d.head?.name ?? null,
        d.quota,
        d.memberCount,
        m.referenceNumber,
        m.lastName,
        m.firstName,
        m.email,
        ctx.labels.values.status[m.status] ?? m.status,
        ctx.labels.values.participantType[m.participantType] ?? m.participantType,
        countryName(m.country, locale),
        m.checkedInAt ? ctx.labels.yes : ctx.labels.no,
      ]);
    }
  }
  const header = [t('exports.roster.delegation'), t('exports.roster.delegationCountry'), t('exports.roster.head'), t('exports.roster.quota'), t('exports.roster.members'), ...(['reference', 'lastName', 'firstName', 'email', 'status', 'participantType', 'country'] as const).map((c) => ctx.labels.columns[c]), t('exports.roster.checkedIn')];
  const sheet = { name: t('exports.roster.sheet'), header, widths: [30, 18, 22, 8, 8, 14, 18, 18, 28, 14, 14, 18, 10], rows: rows() };
  const name = `${event.code}-${t('exports.roster.file')}.${format}`;
  return format === 'csv'
    ? attachment(tableCsv(sheet, (cell) => (cell === null ? '' : String(cell))), 'text/csv; charset=utf-8', name)
    : attachment(tableXlsx([sheet]), XLSX, name);
}
