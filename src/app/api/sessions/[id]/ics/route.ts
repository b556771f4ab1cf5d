import { getActor } from '@/features/auth/data';
import { ICS_HEADERS, sessionCalendar } from '@/features/enrolment/calendar';

export const dynamic = 'force-dynamic';

/** "Add to calendar" for one session (drafts only for staff, as the programme itself). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const file = await sessionCalendar(id, actor?.role ?? null, new URL(request.url).searchParams.get('locale'));
  if (!file) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(file.body, { headers: { ...ICS_HEADERS, 'content-disposition': `attachment; filename="${file.filename}"` } });
}
