import 'server-only';
import type { Tx } from '@/lib/db-types';
import { writeAudit } from '@/features/audit/mutations';

/** Stored as the reason of a letter revoked because its holder corrected the data it prints. */
export const CORRECTION_REASON = 'correction';

/**
 * Revokes the registration's valid letters (in the caller's transaction) and
 * puts the request back in the secretariat's queue (visaLetterIssuedAt = null).
 * Audited without any passport value.
 */
export async function revokeLettersOnCorrection(tx: Tx, { registrationId, eventId, actorId }: { registrationId: string; eventId: string; actorId: string }): Promise<number> {
  const letters = await tx.visaLetter.findMany({ where: { registrationId, status: 'ISSUED' }, select: { id: true, number: true } });
  if (letters.length === 0) return 0;
  const now = new Date();
  await tx.visaLetter.updateMany({ where: { id: { in: letters.map((l) => l.id) }, status: 'ISSUED' }, data: { status: 'REVOKED', revokedAt: now, revokedById: actorId, revokeReason: CORRECTION_REASON } });
  await tx.registration.update({ where: { id: registrationId }, data: { visaLetterIssuedAt: null } });
  for (const l of letters) {
    await writeAudit(tx, { actorId, action: 'visa.letter.revoke', entityType: 'VisaLetter', entityId: l.id, eventId, data: { number: l.number, reason: CORRECTION_REASON } });
  }
  return letters.length;
}
