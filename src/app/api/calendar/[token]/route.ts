import { AppError } from '@/lib/errors';
import { publicRoute } from '@/features/auth/clients';
import { ICS_HEADERS, personalCalendar } from '@/features/enrolment/calendar';

export const dynamic = 'force-dynamic';

/** The delegate's personal calendar feed; the token in the URL is the only credential. */
export const GET = publicRoute<{ token: string }>(async (request, { params }) => {
  const body = await personalCalendar(params.token.replace(/\.ics$/, ''), new URL(request.url).searchParams.get('locale'));
  if (body === null) throw new AppError('NOT_FOUND');
  return new Response(body, { headers: { ...ICS_HEADERS, 'content-disposition': 'inline; filename="agenda.ics"' } });
});
