import { AppError } from '@/lib/errors';
import { publicRoute } from '@/features/auth/clients';
import { ICS_HEADERS, sessionCalendar } from '@/features/enrolment/calendar';

export const dynamic = 'force-dynamic';

/** "Add to calendar" for one session (drafts only for staff, as the programme itself). */
export const GET = publicRoute<{ id: string }>(async (request, { actor, params }) => {
  const file = await sessionCalendar(params.id, actor?.role ?? null, new URL(request.url).searchParams.get('locale'));
  if (!file) throw new AppError('NOT_FOUND');
  return new Response(file.body, { headers: { ...ICS_HEADERS, 'content-disposition': `attachment; filename="${file.filename}"` } });
});
