import { ICS_HEADERS, personalCalendar } from '@/features/enrolment/calendar';

export const dynamic = 'force-dynamic';

/** The delegate's personal calendar feed; the token in the URL is the only credential. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const body = await personalCalendar(token.replace(/\.ics$/, ''), new URL(request.url).searchParams.get('locale'));
  if (body === null) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(body, { headers: { ...ICS_HEADERS, 'content-disposition': 'inline; filename="agenda.ics"' } });
}
