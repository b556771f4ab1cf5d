import { AppError } from '@/lib/errors';
import { staffRoute } from '@/features/auth/clients';
import { checkInCounts, findCheckInEvent } from '@/features/checkin/data';
import { canCheckIn } from '@/features/checkin/policy';

export const dynamic = 'force-dynamic';

/** The live check-in count polled by the dashboard and the check-in page (staff). */
export const GET = staffRoute<{ slug: string }>(async (_request, { actor, params }) => {
  if (!canCheckIn(actor.role)) throw new AppError('NOT_FOUND');
  const event = await findCheckInEvent(params.slug);
  if (!event) throw new AppError('NOT_FOUND');
  return Response.json(await checkInCounts(event.id), { headers: { 'Cache-Control': 'no-store' } });
});
