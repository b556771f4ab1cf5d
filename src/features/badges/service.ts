import 'server-only';
import { AppError } from '@/lib/errors';
import { localized } from '@/lib/i18n/localized';
import { findAttendee, findExportEvent, iterateAttendees, requireExporter } from '@/features/exports/data';
import { recordExport } from '@/features/exports/mutations';
import { attendeeFilterSchema, filterInput } from '@/features/exports/schema';
import { requestLocale, rowContext } from '@/features/exports/service';
import { requireUser } from '@/features/auth/data';
import { badgesStream } from './pdf';
import { findOwnBadgeEvent } from './data';

/**
 * GET /api/badges/[slug]?registrationId=… (one delegate) or ?<filter> (in bulk).
 * Staff only; badges carry the signed check-in token.
 */
export async function exportBadges(slug: string, params: URLSearchParams): Promise<Response> {
  const actor = await requireExporter();
  const event = await findExportEvent(slug);
  if (!event) throw new AppError('NOT_FOUND');
  const parsed = attendeeFilterSchema.safeParse(filterInput(params));
  const registrationId = params.get('registrationId');
  if (!parsed.success || (registrationId !== null && !/^[A-Za-z0-9_-]{1,64}$/.test(registrationId))) throw new AppError('VALIDATION');
  const single = registrationId ? await findAttendee(event.id, registrationId) : null;
  if (registrationId && !single) throw new AppError('NOT_FOUND');
  const locale = requestLocale(params, actor);
  const { ctx, t } = await rowContext(event, locale);
  await recordExport(actor.id, event.id, 'export.badges', { filter: parsed.data, registrationId });
  const batches = single ? one([single]) : iterateAttendees(event.id, parsed.data, { order: 'name' });
  const body = badgesStream(batches, ctx, localized(event.title, locale, event.languages));
  const filename = `${event.code}-${t('exports.badgesFile')}.pdf`;
  return new Response(body, {
    headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`, 'Cache-Control': 'no-store' },
  });
}

/**
 * GET /api/registrations/[id]/badge: a delegate's own badge, once their
 * registration is approved (the same PDF and signed token as the staff's).
 */
export async function exportOwnBadge(registrationId: string, params: URLSearchParams): Promise<Response> {
  const actor = await requireUser();
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(registrationId)) throw new AppError('NOT_FOUND');
  const event = await findOwnBadgeEvent(actor.id, registrationId);
  const attendee = event ? await findAttendee(event.id, registrationId) : null;
  if (!event || !attendee) throw new AppError('NOT_FOUND');
  const locale = requestLocale(params, actor);
  const { ctx, t } = await rowContext(event, locale);
  const body = badgesStream(one([attendee]), ctx, localized(event.title, locale, event.languages));
  const filename = `${event.code}-${t('exports.badgesFile')}.pdf`;
  return new Response(body, {
    headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`, 'Cache-Control': 'no-store' },
  });
}

async function* one<T>(batch: T[]) {
  yield batch;
}
