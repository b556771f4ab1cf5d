import 'server-only';
import { AppError } from '@/lib/errors';
import { isLocale, type AppLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { getActor } from '@/features/auth/data';
import { findDelegationById, findHeadedDelegation, listMembers } from './data';
import { EXPORT_COLUMNS, membersCsv, membersXlsx, templateCsv, templateXlsx, type ExportLabels } from './export';
import { canReadDelegations, MEMBER_STATUSES } from './policy';

// Route-handler bodies (src/app/api/delegations/…): authorization happens here,
// through the data layer, never in the proxy.

const NO_STORE = { 'Cache-Control': 'no-store' };

function fileName(name: string, ext: string): string {
  const ascii = name.normalize('NFD').replace(/[^\w.-]+/g, '-').replace(/-+/g, '-').slice(0, 60) || 'delegation';
  return `attachment; filename="${ascii}.${ext}"; filename*=UTF-8''${encodeURIComponent(name.slice(0, 80))}.${ext}`;
}

async function labels(locale: AppLocale): Promise<ExportLabels> {
  const t = await translatorFor(locale);
  const tr = (key: string) => t(`delegations.${key}` as never) as string;
  return {
    columns: Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, tr(`export.columns.${c}`)])) as ExportLabels['columns'],
    statuses: Object.fromEntries(MEMBER_STATUSES.map((s) => [s, tr(`memberStatus.${s}`)])),
    yes: tr('export.yes'),
    no: tr('export.no'),
  };
}

/** The head (their own delegation only) or staff: the member list as CSV or XLSX. */
export async function exportMembers(delegationId: string, params: URLSearchParams): Promise<Response> {
  const actor = await getActor();
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const delegation = canReadDelegations(actor.role)
    ? await findDelegationById(delegationId)
    : await findHeadedDelegation(actor.id, delegationId);
  if (!delegation) throw new AppError('NOT_FOUND');
  const format = params.get('format') === 'xlsx' ? 'xlsx' : 'csv';
  const localeParam = params.get('locale');
  const locale: AppLocale = isLocale(localeParam) ? localeParam : isLocale(actor.locale) ? actor.locale : 'fr';
  const members = await listMembers(delegation.id, delegation.eventId);
  const l = await labels(locale);
  if (format === 'csv') {
    return new Response(membersCsv(members, l), { headers: { ...NO_STORE, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': fileName(delegation.name, 'csv') } });
  }
  const body = await membersXlsx(members, l, delegation.name);
  return new Response(body as BodyInit, { headers: { ...NO_STORE, 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Content-Disposition': fileName(delegation.name, 'xlsx') } });
}

/** The import template (signed-in users; it holds no data). */
export async function importTemplate(params: URLSearchParams): Promise<Response> {
  if (!(await getActor())) throw new AppError('UNAUTHENTICATED');
  if (params.get('format') === 'xlsx') {
    return new Response((await templateXlsx()) as BodyInit, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Content-Disposition': 'attachment; filename="delegation-members.xlsx"' } });
  }
  return new Response(templateCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="delegation-members.csv"' } });
}
