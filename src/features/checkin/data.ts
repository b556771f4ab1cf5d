import 'server-only';
import { db } from '@/lib/db';
import { foldForSearch } from '@/lib/search';

export const personSelect = {
  id: true,
  referenceNumber: true,
  firstName: true,
  lastName: true,
  organization: true,
  country: true,
  participantType: true,
  status: true,
  checkedInAt: true,
  delegation: { select: { name: true } },
  // money: the desk shows the balance and takes cash
  amountDueMinor: true,
  amountPaidMinor: true,
  paymentStatus: true,
} as const;

export function findCheckInEvent(slug: string) {
  return db.event.findUnique({ where: { slug }, select: { id: true, slug: true, timeZone: true, title: true, languages: true, currency: true } });
}

/** Up to 20 registrations of the event matching a name, e-mail or reference (accent-insensitive). */
export async function searchForCheckIn(eventId: string, q: string) {
  const folded = foldForSearch(q).trim();
  if (folded.length < 2) return [];
  return db.registration.findMany({
    where: { eventId, OR: [{ searchText: { contains: folded } }, { referenceNumber: q.trim().toUpperCase() }] },
    orderBy: [{ lastName: 'asc' }, { id: 'asc' }],
    take: 20,
    select: personSelect,
  });
}

/** Checked-in and expected (approved) delegates: one grouped query. */
export async function checkInCounts(eventId: string): Promise<{ checkedIn: number; expected: number }> {
  const [row] = await db.$queryRaw<{ checkedIn: number; expected: number }[]>`
    SELECT count(*) FILTER (WHERE "checkedInAt" IS NOT NULL)::int AS "checkedIn",
           count(*) FILTER (WHERE status = 'APPROVED')::int AS expected
    FROM "Registration" WHERE "eventId" = ${eventId}`;
  return row ?? { checkedIn: 0, expected: 0 };
}
