import 'server-only';
import type { Tx } from '@/lib/db-types';
import type { Prisma } from '@/lib/db-types';
import { acceptedInviteSql } from './data';
import type { RegistrationStatus } from '@/lib/db-types';
import { AppError } from '@/lib/errors';
import { holdsDelegationSeat } from './policy';
import { normalizeCode } from './schema';

// Seats of a delegation, inside the caller's transaction. These functions are
// the integration points with the registration flow (see ARCHITECTURE notes in
// the report): they never open a transaction of their own and take `tx`.
//
// Invariant: Delegation.memberCount = number of registrations with this
// delegationId whose status holds a seat (holdsDelegationSeat). It only moves
// by conditional UPDATEs, so concurrent joins never pass the quota, on PGlite
// and on PostgreSQL (the row lock on the delegation serialises them and
// PostgreSQL re-checks the WHERE clause after the lock).


export type JoinOutcome = 'JOINED' | 'ALREADY_MEMBER' | 'FULL' | 'NOT_OPEN' | 'NOT_ELIGIBLE';

/**
 * Puts a live registration in an APPROVED delegation of the same event, if a
 * seat is free. Never throws for a refusal (so a registration submission that
 * calls it is not rolled back): returns why instead.
 */
export async function tryJoinInTx(tx: Tx, registrationId: string, delegationId: string): Promise<JoinOutcome> {
  // Lock the registration first: a concurrent second join of the same registration waits here.
  const [reg] = await tx.$queryRaw<{ eventId: string; delegationId: string | null; status: RegistrationStatus }[]>`
    SELECT "eventId", "delegationId", status::text AS status FROM "Registration" WHERE id = ${registrationId} FOR UPDATE`;
  if (!reg || !holdsDelegationSeat(reg.status)) return 'NOT_ELIGIBLE';
  if (reg.delegationId === delegationId) return 'ALREADY_MEMBER';
  if (reg.delegationId) return 'NOT_ELIGIBLE';
  const seat = await tx.$queryRaw<{ memberCount: number }[]>`
    UPDATE "Delegation" SET "memberCount" = "memberCount" + 1, "updatedAt" = now()
    WHERE id = ${delegationId} AND "eventId" = ${reg.eventId} AND status = 'APPROVED' AND "memberCount" < quota
    RETURNING "memberCount"`;
  if (seat.length === 0) {
    const d = await tx.delegation.findFirst({ where: { id: delegationId, eventId: reg.eventId, status: 'APPROVED' }, select: { id: true } });
    return d ? 'FULL' : 'NOT_OPEN';
  }
  await tx.registration.update({ where: { id: registrationId }, data: { delegationId } });
  return 'JOINED';
}

/** The delegation behind an invitation code: APPROVED ones only (others answer like an unknown code). */
export async function findJoinableByCode(tx: Tx, code: string) {
  return tx.delegation.findFirst({
    where: { invitationCode: normalizeCode(code), status: 'APPROVED' },
    select: { id: true, name: true, eventId: true },
  });
}

/**
 * For the registration flow ("join with a code" during registration): joins
 * `registrationId` to the delegation of `code` in the caller's transaction.
 * Throws NOT_FOUND for an unknown, unapproved or closed code (one answer for
 * all), CAPACITY_FULL when the quota is reached, CONFLICT when the
 * registration is already in another delegation or not live.
 */
export async function joinDelegationInTx(tx: Tx, input: { registrationId: string; code: string }): Promise<{ delegationId: string; name: string }> {
  const delegation = await findJoinableByCode(tx, input.code);
  if (!delegation) throw new AppError('NOT_FOUND', { code: ['delegations.invalidCode'] });
  const outcome = await tryJoinInTx(tx, input.registrationId, delegation.id);
  if (outcome === 'FULL') throw new AppError('CAPACITY_FULL');
  if (outcome === 'NOT_OPEN') throw new AppError('NOT_FOUND', { code: ['delegations.invalidCode'] });
  if (outcome === 'NOT_ELIGIBLE') throw new AppError('CONFLICT');
  return { delegationId: delegation.id, name: delegation.name };
}

/**
 * Takes a registration out of `delegationId` (member leaving, head removing):
 * the seat is freed in the same transaction. False when it was not a member.
 */
export async function leaveInTx(tx: Tx, registrationId: string, delegationId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ status: RegistrationStatus }[]>`
    UPDATE "Registration" SET "delegationId" = NULL, "updatedAt" = now()
    WHERE id = ${registrationId} AND "delegationId" = ${delegationId} RETURNING status::text AS status`;
  if (rows.length === 0) return false;
  if (holdsDelegationSeat(rows[0].status)) {
    await tx.$executeRaw`UPDATE "Delegation" SET "memberCount" = "memberCount" - 1, "updatedAt" = now() WHERE id = ${delegationId} AND "memberCount" > 0`;
  }
  return true;
}

/**
 * For the registration flow: call in the SAME transaction that moves a
 * registration from a live status (SUBMITTED/APPROVED/WAITLISTED) to
 * CANCELLED or REJECTED. Frees its delegation seat (the registration keeps
 * its delegationId as history). No-op when it has no delegation.
 */
export async function releaseDelegationSeatInTx(tx: Tx, registrationId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Delegation" d SET "memberCount" = d."memberCount" - 1, "updatedAt" = now()
    FROM "Registration" r WHERE r.id = ${registrationId} AND d.id = r."delegationId" AND d."memberCount" > 0`;
}

/**
 * For the registration flow: call right after a registration is created, in
 * the same transaction (src/features/registrations/mutations.ts,
 * submitRegistration, after `tx.registration.create`). If the user accepted a
 * delegation invitation (or asked to join by code before registering) for
 * this event, the registration joins that delegation when a seat is free.
 * Never throws for a full or closed delegation: the registration stands
 * without it, and the head sees the member as NOT_ATTACHED.
 */
export async function attachAcceptedInvite(tx: Tx, registration: { id: string; userId: string; eventId: string }): Promise<JoinOutcome | null> {
  const delegationId = await acceptedInviteFor(tx, registration.userId, registration.eventId);
  if (!delegationId) return null;
  return tryJoinInTx(tx, registration.id, delegationId);
}

/** The delegation of the newest invitation `userId` accepted for the event (a read; no lock). */
export async function acceptedInviteFor(tx: Tx, userId: string, eventId: string): Promise<string | null> {
  const [row] = await tx.$queryRaw<{ invite: string | null }[]>`SELECT ${acceptedInviteSql(userId, eventId)} AS invite`;
  return row?.invite ?? null;
}

/**
 * For the registration flow: answers to merge into a new RegistrationDraft
 * (the wizard's form values: firstName, lastName, email, organization,
 * country) from the newest invitation the user accepted for this event.
 * Empty when there is none. What the member already typed wins over it.
 */
export async function invitePrefillFor(tx: Tx, userId: string, eventId: string): Promise<Record<string, string>> {
  const invite = await tx.delegationInvite.findFirst({
    where: { userId, acceptedAt: { not: null }, delegation: { eventId } },
    orderBy: { acceptedAt: 'desc' },
    select: { prefill: true },
  });
  return prefillValues(invite?.prefill);
}

/** Only the known string fields of a stored prefill (it is JSON from the database). */
export function prefillValues(prefill: unknown): Record<string, string> {
  if (!prefill || typeof prefill !== 'object' || Array.isArray(prefill)) return {};
  const out: Record<string, string> = {};
  for (const key of ['firstName', 'lastName', 'email', 'organization', 'country'] as const) {
    const value = (prefill as Record<string, unknown>)[key];
    if (typeof value === 'string' && value) out[key] = value;
  }
  return out;
}

/** Creates the user's draft for the event from the prefill, or fills only its empty fields. */
export async function mergePrefillIntoDraft(tx: Tx, userId: string, eventId: string, prefill: Record<string, string>): Promise<void> {
  const existing = await tx.registrationDraft.findUnique({ where: { userId_eventId: { userId, eventId } }, select: { data: true } });
  const base = existing && existing.data && typeof existing.data === 'object' && !Array.isArray(existing.data) ? (existing.data as Record<string, unknown>) : {};
  const data: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(prefill)) if (data[key] === undefined || data[key] === '') data[key] = value;
  await tx.registrationDraft.upsert({
    where: { userId_eventId: { userId, eventId } },
    create: { userId, eventId, data: data as Prisma.InputJsonObject, step: 0 },
    update: { data: data as Prisma.InputJsonObject },
  });
}
