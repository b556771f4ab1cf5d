import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { verifyPassword } from '@/lib/password';
import { isLocale } from '@/lib/i18n/locales';
import type { Tx } from '@/lib/db-types';
import { writeAudit } from '@/features/audit/mutations';
import { queueEmail } from '@/features/email/mutations';
import { releaseDelegationSeatInTx } from '@/features/delegations/membership';
import { holdsDelegationSeat } from '@/features/delegations/policy';
import { promoteFromWaitlist } from '@/features/enrolment/mutations';
import { holdsSeat } from '@/features/registrations/policy';
import { lockEvent, promoteWaitlist, releaseSeat } from '@/features/registrations/seats';

const TX_OPTIONS = { maxWait: 60_000, timeout: 60_000 } as const;

/**
 * What an anonymised registration keeps: status (cancelled), event, reference,
 * country, continent, organisation kind, participant type, gender, languages,
 * needs as codes, accommodation, fee category, travel dates and the timestamps,
 * so counts and statistics stay right. Everything that names, reaches or
 * identifies the person, and every free text, is erased.
 */
function anonymisedRegistration(now: Date) {
  return {
    status: 'CANCELLED' as const,
    cancelledAt: now,
    firstName: '',
    lastName: '',
    email: '',
    phone: null,
    organization: '',
    organizationRole: null,
    city: null,
    searchText: '',
    travelDetails: null,
    dietaryNotes: null,
    accessibilityNotes: null,
    nationality: null,
    passportNumberEnc: null,
    passportExpiry: null,
    dateOfBirthEnc: null,
    bursaryReason: null,
    bursaryDecisionReason: null,
    decisionReason: null,
    customAnswers: {},
    calendarToken: `deleted-${randomBytes(24).toString('base64url')}`,
  };
}

/** Frees the registration's session seats (promoting each session's wait list) and wait-list places. */
async function releaseEnrolments(tx: Tx, registrationId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ id: string; sessionId: string; status: string }[]>`
    SELECT id, "sessionId", status::text AS status FROM "SessionEnrollment"
    WHERE "registrationId" = ${registrationId} AND status IN ('ENROLLED', 'WAITLISTED') ORDER BY "sessionId" FOR UPDATE`;
  let promoted = 0;
  for (const row of rows) {
    await tx.sessionEnrollment.update({ where: { id: row.id }, data: { status: 'CANCELLED', waitlistPosition: null } });
    if (row.status !== 'ENROLLED') continue;
    await tx.$executeRaw`UPDATE "Session" SET "enrolledCount" = "enrolledCount" - 1 WHERE id = ${row.sessionId} AND "enrolledCount" > 0`;
    promoted += (await promoteFromWaitlist(tx, row.sessionId)).length;
  }
  return promoted;
}

export type DeletionOutcome = { registrations: number; promoted: number; sessionPromoted: number };

/**
 * Deletes a person's account at their request (`by: 'self'`, after their
 * password was checked) or on a written request handled by the secretariat.
 * One transaction:
 * - each registration: session seats and wait-list places released (the
 *   sessions' wait lists promoted), the delegation seat released, the event
 *   seat released and the event wait list promoted, then anonymised;
 * - drafts, tokens, invitations to the person, sign-in attempts and the e-mails
 *   addressed to them are deleted; audit entries keep who/what/when but lose
 *   the values of changed fields;
 * - the account row stays as an anonymous tombstone (so the statistics keep
 *   their rows): e-mail and name replaced, password unusable, disabled, and
 *   its session version bumped, which ends every session at once;
 * - the secretariat is told by e-mail (no personal values), and the deletion
 *   is audited (counts only).
 */
export async function deleteAccount(input: { userId: string; actorId: string; by: 'self' | 'secretariat'; now?: Date }): Promise<DeletionOutcome> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const [user] = await tx.$queryRaw<{ id: string; email: string; deletedAt: Date | null }[]>`
      SELECT id, email, "deletedAt" FROM "User" WHERE id = ${input.userId} FOR UPDATE`;
    if (!user || user.deletedAt) throw new AppError('NOT_FOUND');
    const registrations = await tx.registration.findMany({ where: { userId: user.id }, select: { id: true, eventId: true, email: true }, orderBy: { eventId: 'asc' } });
    const outcome: DeletionOutcome = { registrations: registrations.length, promoted: 0, sessionPromoted: 0 };
    for (const reg of registrations) {
      await lockEvent(tx, reg.eventId);
      const current = await tx.registration.findUniqueOrThrow({ where: { id: reg.id }, select: { status: true } });
      outcome.sessionPromoted += await releaseEnrolments(tx, reg.id);
      if (holdsDelegationSeat(current.status)) await releaseDelegationSeatInTx(tx, reg.id);
      await tx.registration.update({ where: { id: reg.id }, data: anonymisedRegistration(now) });
      if (holdsSeat(current.status)) {
        await releaseSeat(tx, reg.eventId);
        const event = await tx.event.findUniqueOrThrow({ where: { id: reg.eventId }, select: { id: true, slug: true, title: true, languages: true, timeZone: true, requiresApproval: true, status: true, registrationOpensAt: true, registrationClosesAt: true } });
        outcome.promoted += (await promoteWaitlist(tx, event, input.actorId)).length;
      }
    }
    const addresses = [...new Set([user.email, ...registrations.map((r) => r.email).filter(Boolean)])];
    const registrationIds = registrations.map((r) => r.id);
    await tx.registrationDraft.deleteMany({ where: { userId: user.id } });
    await tx.oneTimeToken.deleteMany({ where: { userId: user.id } });
    await tx.delegationInvite.deleteMany({ where: { OR: [{ userId: user.id }, { email: { in: addresses } }] } });
    await tx.delegation.updateMany({ where: { headId: user.id }, data: { headId: null } });
    await tx.authAttempt.deleteMany({ where: { key: { in: addresses.map((a) => `email:${a}`) } } });
    await tx.emailOutbox.deleteMany({ where: { OR: [{ userId: user.id }, { to: { in: addresses } }] } });
    if (registrationIds.length > 0) {
      await tx.$executeRaw`UPDATE "AuditLog" SET data = data - 'values' WHERE "entityType" = 'Registration' AND "entityId" = ANY(${registrationIds}::text[]) AND data ? 'values'`;
    }
    await tx.user.update({
      where: { id: user.id },
      data: { email: `deleted-${user.id}@deleted.invalid`, name: '', givenName: '', familyName: '', passwordHash: '!deleted', emailVerifiedAt: null, disabledAt: now, deletedAt: now, sessionVersion: { increment: 1 } },
    });
    await writeAudit(tx, { actorId: input.actorId, action: 'user.delete', entityType: 'User', entityId: user.id, data: { by: input.by, ...outcome } });
    await tellSecretariat(tx, user.id, input.by, outcome);
    return outcome;
  }, TX_OPTIONS);
}

async function tellSecretariat(tx: Tx, userId: string, by: 'self' | 'secretariat', outcome: DeletionOutcome): Promise<void> {
  const staff = await tx.user.findMany({ where: { role: 'SECRETARIAT', disabledAt: null, deletedAt: null }, select: { id: true, email: true, locale: true } });
  for (const s of staff) {
    await queueEmail(tx, {
      to: s.email,
      userId: s.id,
      locale: isLocale(s.locale) ? s.locale : 'fr',
      template: 'accountDeleted',
      params: { account: userId, by, registrations: outcome.registrations },
      dedupeKey: `account.deleted:${userId}:${s.id}`,
    });
  }
}

/** The person's current password, checked (argon2) before they delete their account. */
export async function checkOwnPassword(userId: string, password: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true, deletedAt: true } });
  if (!user || user.deletedAt) return false;
  return verifyPassword(user.passwordHash, password).catch(() => false);
}
