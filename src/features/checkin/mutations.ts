import 'server-only';
import { db } from '@/lib/db';
import { writeAudit } from '@/features/audit/mutations';
import { personSelect } from './data';
import { checkInOutcome, type CheckInOutcome } from './policy';
import { assertEventWritable } from '@/features/events/guard';

/**
 * Checks a registration of `eventId` in. Idempotent: the conditional UPDATE
 * only sets `checkedInAt` when it is still null and the registration is
 * approved, so two scanners at the same second check in once; the second
 * answer is ALREADY with the first time. Audited in the same transaction.
 * Returns null when the registration is not in this event.
 */
export async function checkInRegistration(actorId: string, eventId: string, registrationId: string) {
  return db.$transaction(async (tx) => {
    await assertEventWritable(tx, { eventId });
    const updated = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Registration" SET "checkedInAt" = now(), "checkedInById" = ${actorId}, "updatedAt" = now()
      WHERE id = ${registrationId} AND "eventId" = ${eventId} AND status = 'APPROVED' AND "checkedInAt" IS NULL
      RETURNING id`;
    const person = await tx.registration.findFirst({ where: { id: registrationId, eventId }, select: personSelect });
    if (!person) return null;
    let outcome: CheckInOutcome;
    if (updated.length === 1) {
      outcome = 'CHECKED_IN';
      await writeAudit(tx, { actorId, eventId, action: 'registration.checkIn', entityType: 'Registration', entityId: registrationId, data: { reference: person.referenceNumber } });
    } else {
      outcome = checkInOutcome(person.status, person.checkedInAt);
    }
    return { outcome, person };
  });
}
