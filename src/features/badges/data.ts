import 'server-only';
import { db } from '@/lib/db';

/**
 * The event of the actor's own APPROVED registration, or null (someone else's,
 * missing or not approved look the same: nothing about it is revealed).
 */
export async function findOwnBadgeEvent(actorId: string, registrationId: string) {
  const registration = await db.registration.findFirst({
    where: { id: registrationId, userId: actorId, status: 'APPROVED' },
    select: { event: { select: { id: true, slug: true, code: true, title: true, timeZone: true, languages: true, startDate: true, endDate: true } } },
  });
  return registration?.event ?? null;
}
