import { AppError } from '@/lib/errors';
import { requireUser } from '@/features/auth/data';
import { checkInCounts, findCheckInEvent } from '@/features/checkin/data';
import { canCheckIn } from '@/features/checkin/policy';
import { handleRoute } from '@/lib/route';

export const dynamic = 'force-dynamic';

/** The live check-in count polled by the dashboard and the check-in page (staff). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return handleRoute(async () => {
    const actor = await requireUser();
    if (!canCheckIn(actor.role)) throw new AppError('NOT_FOUND');
    const event = await findCheckInEvent(slug);
    if (!event) throw new AppError('NOT_FOUND');
    return Response.json(await checkInCounts(event.id), { headers: { 'Cache-Control': 'no-store' } });
  });
}
