import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/generated/prisma/client';
import type { BursaryStatus, Continent, DelegationStatus, RegistrationStatus } from '@/generated/prisma/enums';
import { hashSecret } from '@/features/auth/tokens';
import { memberStatus, type MemberStatus } from './policy';
import type { StaffListQuery } from './schema';

// Reads. A head's reads are scoped in the where clause (`headId: actorId`);
// no head read ever selects passportNumber, passportExpiry or dateOfBirth.

const eventSelect = { id: true, slug: true, title: true, languages: true, timeZone: true, status: true, registrationClosesAt: true } as const satisfies Prisma.EventSelect;

export const delegationSelect = {
  id: true,
  eventId: true,
  name: true,
  country: true,
  network: true,
  continent: true,
  headId: true,
  quota: true,
  memberCount: true,
  invitationCode: true,
  status: true,
  description: true,
  createdAt: true,
  event: { select: eventSelect },
  head: { select: { id: true, name: true, email: true } },
} as const satisfies Prisma.DelegationSelect;
export type DelegationView = Prisma.DelegationGetPayload<{ select: typeof delegationSelect }>;

/** The delegation if `actorId` heads it; null otherwise (missing and not allowed look the same). */
export function findHeadedDelegation(actorId: string, delegationId: string): Promise<DelegationView | null> {
  return db.delegation.findFirst({ where: { id: delegationId, headId: actorId }, select: delegationSelect });
}

export function listHeadedDelegations(actorId: string) {
  return db.delegation.findMany({ where: { headId: actorId }, orderBy: { createdAt: 'desc' }, select: delegationSelect });
}

/** The delegations the user is a member of (through a registration), with their registration. */
export function listMemberships(userId: string) {
  return db.registration.findMany({
    where: { userId, delegationId: { not: null } },
    orderBy: { createdAt: 'desc' },
    select: { id: true, status: true, referenceNumber: true, delegation: { select: { id: true, name: true, headId: true, status: true, head: { select: { name: true } } } }, event: { select: eventSelect } },
  });
}

/** Invitations the user accepted whose registration is not (yet) in the delegation. */
export function listPendingAcceptances(userId: string) {
  return db.delegationInvite.findMany({
    where: { userId, acceptedAt: { not: null } },
    orderBy: { acceptedAt: 'desc' },
    select: { id: true, delegation: { select: { id: true, name: true, status: true, eventId: true, event: { select: eventSelect } } } },
  });
}

/** The user's registrations by event (to tell an accepted invitation that is not attached yet). */
export async function ownRegistrationsByEvent(userId: string) {
  const rows = await db.registration.findMany({ where: { userId }, select: { eventId: true, status: true, delegationId: true } });
  return new Map(rows.map((r) => [r.eventId, r]));
}

export type MemberRow = {
  key: string;
  inviteId: string | null;
  registrationId: string | null;
  firstName: string;
  lastName: string;
  email: string;
  status: MemberStatus;
  referenceNumber: string | null;
  country: string | null;
  organization: string | null;
  lastSentAt: Date | null;
  visaLetterPending: boolean;
  bursaryPending: boolean;
};

type RawMember = {
  inviteId: string | null;
  userId: string | null;
  email: string;
  firstName: string;
  lastName: string;
  lastSentAt: Date | null;
  accepted: boolean;
  registrationId: string | null;
  status: RegistrationStatus | null;
  regDelegationId: string | null;
  referenceNumber: string | null;
  regFirstName: string | null;
  regLastName: string | null;
  country: string | null;
  organization: string | null;
  visaLetterRequested: boolean | null;
  visaLetterIssuedAt: Date | null;
  bursaryStatus: BursaryStatus | null;
  draftStep: number | null;
};

/**
 * Every member of a delegation with where they stand, in ONE query: the
 * invitations (with the invited user's draft and registration for the event,
 * the user known only once the invitation was accepted) plus the members who
 * joined with the code without an invitation. No sensitive column is read.
 */
export async function listMembers(delegationId: string, eventId: string): Promise<MemberRow[]> {
  const rows = await db.$queryRaw<RawMember[]>`
    WITH people AS (
      SELECT i.id AS "inviteId", i."userId", i.email, i."firstName", i."lastName", i."lastSentAt", (i."acceptedAt" IS NOT NULL) AS accepted
      FROM "DelegationInvite" i WHERE i."delegationId" = ${delegationId}
      UNION ALL
      SELECT NULL, r."userId", r.email, r."firstName", r."lastName", NULL, TRUE
      FROM "Registration" r
      WHERE r."delegationId" = ${delegationId}
        AND NOT EXISTS (SELECT 1 FROM "DelegationInvite" i WHERE i."delegationId" = ${delegationId} AND i."userId" = r."userId")
    )
    SELECT p.*, r.id AS "registrationId", r.status::text AS status, r."delegationId" AS "regDelegationId", r."referenceNumber",
      r."firstName" AS "regFirstName", r."lastName" AS "regLastName", r.country, r.organization,
      r."visaLetterRequested", r."visaLetterIssuedAt", r."bursaryStatus"::text AS "bursaryStatus", d.step AS "draftStep"
    FROM people p
    LEFT JOIN "Registration" r ON r."userId" = p."userId" AND r."eventId" = ${eventId}
    LEFT JOIN "RegistrationDraft" d ON d."userId" = p."userId" AND d."eventId" = ${eventId}
    ORDER BY lower(p."lastName"), lower(p."firstName"), p.email`;
  return rows.map((r) => {
    const inThis = r.regDelegationId === delegationId;
    // Registration details are shown only for members of this delegation.
    const reg = r.registrationId && inThis ? r : null;
    return {
      key: r.inviteId ?? `r:${r.registrationId}`,
      inviteId: r.inviteId,
      registrationId: reg ? r.registrationId : null,
      firstName: reg?.regFirstName ?? r.firstName,
      lastName: reg?.regLastName ?? r.lastName,
      email: r.email,
      status: memberStatus({ accepted: r.accepted, draftStep: r.draftStep === null ? null : Number(r.draftStep), registrationStatus: r.status, inThisDelegation: inThis }),
      referenceNumber: reg?.referenceNumber ?? null,
      country: reg?.country ?? null,
      organization: reg?.organization ?? null,
      lastSentAt: r.lastSentAt,
      visaLetterPending: Boolean(reg?.visaLetterRequested && !reg.visaLetterIssuedAt && reg.status !== 'CANCELLED' && reg.status !== 'REJECTED'),
      bursaryPending: reg?.bursaryStatus === 'PENDING' && reg.status !== 'CANCELLED' && reg.status !== 'REJECTED',
    };
  });
}

/** E-mails already invited to, or registered in, the delegation (lower-cased), and the invitations not yet seated. */
export async function inviteContext(delegationId: string) {
  const [invites, members, delegation] = await Promise.all([
    db.delegationInvite.findMany({ where: { delegationId }, select: { email: true, userId: true } }),
    db.registration.findMany({ where: { delegationId }, select: { email: true, userId: true, status: true } }),
    db.delegation.findUnique({ where: { id: delegationId }, select: { quota: true, memberCount: true } }),
  ]);
  const seatedUsers = new Set(members.filter((m) => m.status !== 'CANCELLED' && m.status !== 'REJECTED').map((m) => m.userId));
  const known = new Set([...invites.map((i) => i.email.toLowerCase()), ...members.map((m) => m.email.toLowerCase())]);
  const pending = invites.filter((i) => !i.userId || !seatedUsers.has(i.userId)).length;
  const room = delegation ? Math.max(0, delegation.quota - delegation.memberCount - pending) : 0;
  return { known, room, pending };
}

// ---- Delegates ----------------------------------------------------------------

/** Events a delegate may ask a delegation for: open and not past their closing date. */
export function listEventsForRequest(now: Date = new Date()) {
  return db.event.findMany({ where: { status: 'OPEN', registrationClosesAt: { gt: now } }, orderBy: { startDate: 'asc' }, select: eventSelect });
}

export function findOpenEventBySlug(slug: string, now: Date = new Date()) {
  return db.event.findFirst({ where: { slug, status: 'OPEN', registrationClosesAt: { gt: now } }, select: eventSelect });
}

/** The delegation behind a code, only when it is approved (else null, like an unknown code). */
export function findApprovedByCode(code: string) {
  return db.delegation.findFirst({
    where: { invitationCode: code, status: 'APPROVED' },
    select: { id: true, name: true, country: true, network: true, quota: true, memberCount: true, head: { select: { name: true } }, event: { select: eventSelect } },
  });
}

export function findOwnRegistration(userId: string, eventId: string) {
  return db.registration.findUnique({ where: { eventId_userId: { eventId, userId } }, select: { id: true, status: true, delegationId: true, delegation: { select: { name: true } } } });
}

/** What the invitation page shows for a live token; null for an invalid, used or expired one. */
export async function findInviteByToken(secret: string) {
  const token = await db.oneTimeToken.findFirst({
    where: { type: 'DELEGATION_INVITE', tokenHash: hashSecret(secret), usedAt: null, expiresAt: { gt: new Date() } },
    select: { subjectId: true },
  });
  if (!token?.subjectId) return null;
  const invite = await db.delegationInvite.findUnique({
    where: { id: token.subjectId },
    select: { id: true, email: true, firstName: true, lastName: true, delegation: { select: { id: true, name: true, status: true, head: { select: { name: true } }, event: { select: eventSelect } } } },
  });
  if (!invite || invite.delegation.status !== 'APPROVED') return null;
  const account = await db.user.findUnique({ where: { email: invite.email }, select: { id: true } });
  return { ...invite, hasAccount: Boolean(account) };
}

// ---- Staff ----------------------------------------------------------------------

export type StaffDelegationRow = {
  id: string;
  name: string;
  country: string | null;
  network: string | null;
  continent: Continent | null;
  status: DelegationStatus;
  quota: number;
  memberCount: number;
  headName: string | null;
  byStatus: Partial<Record<RegistrationStatus, number>>;
  pendingInvites: number;
};

/** Every delegation of the event with member counts by registration status (three queries in all). */
export async function listDelegationsForStaff(eventId: string, query: StaffListQuery): Promise<StaffDelegationRow[]> {
  const where: Prisma.DelegationWhereInput = {
    eventId,
    ...(query.status ? { status: query.status } : {}),
    ...(query.continent ? { continent: query.continent } : {}),
    ...(query.q ? { name: { contains: query.q, mode: 'insensitive' } } : {}),
  };
  const delegations = await db.delegation.findMany({
    where,
    orderBy: [{ status: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, country: true, network: true, continent: true, status: true, quota: true, memberCount: true, head: { select: { name: true } } },
  });
  const ids = delegations.map((d) => d.id);
  const [counts, invites] = await Promise.all([
    db.registration.groupBy({ by: ['delegationId', 'status'], where: { delegationId: { in: ids } }, _count: { _all: true } }),
    db.delegationInvite.groupBy({ by: ['delegationId'], where: { delegationId: { in: ids }, acceptedAt: null }, _count: { _all: true } }),
  ]);
  const byDelegation = new Map<string, Partial<Record<RegistrationStatus, number>>>();
  for (const c of counts) {
    const m = byDelegation.get(c.delegationId!) ?? {};
    m[c.status] = c._count._all;
    byDelegation.set(c.delegationId!, m);
  }
  const pending = new Map(invites.map((i) => [i.delegationId, i._count._all]));
  return delegations.map((d) => ({ ...d, headName: d.head?.name ?? null, byStatus: byDelegation.get(d.id) ?? {}, pendingInvites: pending.get(d.id) ?? 0 }));
}

export function findDelegationForStaff(eventId: string, delegationId: string): Promise<DelegationView | null> {
  return db.delegation.findFirst({ where: { id: delegationId, eventId }, select: delegationSelect });
}

/** Staff only (the caller checks canReadDelegations). */
export function findDelegationById(delegationId: string): Promise<DelegationView | null> {
  return db.delegation.findUnique({ where: { id: delegationId }, select: delegationSelect });
}

export function findEventForDelegations(slug: string) {
  return db.event.findUnique({ where: { slug }, select: eventSelect });
}

/** The audit trail of one delegation (staff detail page). */
export function delegationAudit(delegationId: string) {
  return db.auditLog.findMany({
    where: { entityType: 'Delegation', entityId: delegationId },
    orderBy: { createdAt: 'desc' },
    take: 50,
    select: { id: true, action: true, data: true, createdAt: true, actor: { select: { name: true } } },
  });
}

/**
 * A scalar subquery: the delegation of the newest invitation `userId` accepted for the event
 * (an approved delegation), or NULL. Read by acceptedInviteFor (membership.ts) and inside a
 * registration submission's first lookup.
 */
export function acceptedInviteSql(userId: string, eventId: string): Prisma.Sql {
  return Prisma.sql`(SELECT i."delegationId" FROM "DelegationInvite" i JOIN "Delegation" d ON d.id = i."delegationId"
    WHERE i."userId" = ${userId} AND i."acceptedAt" IS NOT NULL AND d."eventId" = ${eventId} AND d.status = 'APPROVED'
    ORDER BY i."acceptedAt" DESC, i.id LIMIT 1)`;
}
