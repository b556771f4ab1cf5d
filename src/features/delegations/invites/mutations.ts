import { fullName } from '@/lib/names';
import 'server-only';
import type { Tx } from '@/lib/db-types';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { localized } from '@/lib/i18n/localized';
import { isLocale, type AppLocale } from '@/lib/i18n/locales';
import type { Prisma } from '@/generated/prisma/client';
import { writeAudit } from '@/features/audit/mutations';
import { newSecret, hashSecret, TOKEN_TTL_MS } from '@/features/auth/tokens';
import { queueEmail } from '@/features/email/mutations';
import { mergePrefillIntoDraft, prefillValues, tryJoinInTx, type JoinOutcome } from '../membership';
import type { MemberRow } from '../schema';
import { assertEventWritable } from '@/features/events/guard';

// Invitations by the head: one DelegationInvite per person (unique per
// delegation and e-mail), a one-time DELEGATION_INVITE token (only its SHA-256
// is stored, subjectId = the invitation) and an e-mail with the personal link.


/** Imports of hundreds of rows write invitations, tokens and e-mails in one transaction. */
export const IMPORT_TX = { maxWait: 60_000, timeout: 180_000 } as const;
/** A head may resend one person's link once a minute. */
export const RESEND_INTERVAL_MS = 60_000;

type DelegationForInvite = { id: string; name: string; event: { id: string; slug: string; title: unknown; languages: string[] } };
type Sender = { id: string; name: string; locale: string };

function inviteUrl(locale: AppLocale, secret: string): string {
  return `${appUrl()}/${locale}/invitations/${encodeURIComponent(secret)}`;
}

function prefillOf(row: MemberRow): Prisma.InputJsonObject {
  return { firstName: row.firstName, lastName: row.lastName, email: row.email, ...(row.organization ? { organization: row.organization } : {}), ...(row.country ? { country: row.country } : {}) };
}

/** Issues a new link for an invitation (older links of it stop working) and queues the e-mail. */
async function sendLink(tx: Tx, delegation: DelegationForInvite, sender: Sender, invite: { id: string; email: string; firstName: string }, locale: AppLocale, now: Date): Promise<void> {
  await tx.oneTimeToken.updateMany({ where: { type: 'DELEGATION_INVITE', subjectId: invite.id, usedAt: null }, data: { usedAt: now } });
  const { secret, hash } = newSecret();
  await tx.oneTimeToken.create({ data: { type: 'DELEGATION_INVITE', tokenHash: hash, subjectId: invite.id, expiresAt: new Date(now.getTime() + TOKEN_TTL_MS.DELEGATION_INVITE) } });
  const languages = delegation.event.languages.filter(isLocale);
  await queueEmail(tx, {
    to: invite.email,
    locale,
    template: 'delegations.invite',
    params: { name: invite.firstName, head: sender.name, delegation: delegation.name, event: localized(delegation.event.title, locale, languages), url: inviteUrl(locale, secret) },
  });
}

function mailLocale(row: MemberRow, sender: Sender): AppLocale {
  return row.language ?? (isLocale(sender.locale) ? sender.locale : 'fr');
}

/** One member added by hand. CONFLICT (field email) when that address is already invited or a member. */
export async function inviteMember(actor: Sender, delegation: DelegationForInvite, row: MemberRow, room: number): Promise<{ inviteId: string }> {
  if (room <= 0) throw new AppError('CAPACITY_FULL');
  return db.$transaction(async (tx) => {
    await assertEventWritable(tx, { delegationId: delegation.id });
    const member = await tx.registration.findFirst({ where: { delegationId: delegation.id, email: { equals: row.email, mode: 'insensitive' } }, select: { id: true } });
    const existing = await tx.delegationInvite.findUnique({ where: { delegationId_email: { delegationId: delegation.id, email: row.email } }, select: { id: true } });
    if (member || existing) throw new AppError('CONFLICT', { email: ['delegations.alreadyInvited'] });
    const now = new Date();
    const invite = await tx.delegationInvite.create({
      data: { delegationId: delegation.id, email: row.email, firstName: row.firstName, lastName: row.lastName, prefill: prefillOf(row), invitedById: actor.id, lastSentAt: now },
      select: { id: true, email: true, firstName: true },
    });
    await sendLink(tx, delegation, actor, invite, mailLocale(row, actor), now);
    await writeAudit(tx, { actorId: actor.id, action: 'delegation.invite', entityType: 'Delegation', entityId: delegation.id, eventId: delegation.event.id, data: { inviteId: invite.id } });
    return { inviteId: invite.id };
  });
}

/** All valid rows of an import in ONE transaction: invitations, links and e-mails, or nothing. */
export async function importMembers(actor: Sender, delegation: DelegationForInvite, rows: MemberRow[]): Promise<{ imported: number }> {
  if (rows.length === 0) return { imported: 0 };
  return db.$transaction(async (tx) => {
    await assertEventWritable(tx, { delegationId: delegation.id });
    const now = new Date();
    const invites = rows.map((row) => ({ id: randomUUID(), row }));
    // A concurrent invitation of the same address makes createMany fail (unique index): everything rolls back.
    await tx.delegationInvite.createMany({
      data: invites.map(({ id, row }) => ({ id, delegationId: delegation.id, email: row.email, firstName: row.firstName, lastName: row.lastName, prefill: prefillOf(row), invitedById: actor.id, lastSentAt: now })),
    });
    const tokens = invites.map(({ id }) => ({ id, ...newSecret() }));
    await tx.oneTimeToken.createMany({
      data: tokens.map((t) => ({ type: 'DELEGATION_INVITE' as const, tokenHash: t.hash, subjectId: t.id, expiresAt: new Date(now.getTime() + TOKEN_TTL_MS.DELEGATION_INVITE) })),
    });
    const languages = delegation.event.languages.filter(isLocale);
    for (let i = 0; i < invites.length; i++) {
      const { row } = invites[i];
      const locale = mailLocale(row, actor);
      await queueEmail(tx, {
        to: row.email,
        locale,
        template: 'delegations.invite',
        params: { name: row.firstName, head: actor.name, delegation: delegation.name, event: localized(delegation.event.title, locale, languages), url: inviteUrl(locale, tokens[i].secret) },
      });
    }
    await writeAudit(tx, { actorId: actor.id, action: 'delegation.import', entityType: 'Delegation', entityId: delegation.id, eventId: delegation.event.id, data: { imported: rows.length } });
    return { imported: rows.length };
  }, IMPORT_TX);
}

/** A new link for a person who has not accepted yet; at most once a minute per person. */
export async function resendInvite(actor: Sender, delegation: DelegationForInvite, inviteId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await assertEventWritable(tx, { delegationId: delegation.id });
    const invite = await tx.delegationInvite.findFirst({ where: { id: inviteId, delegationId: delegation.id }, select: { id: true, email: true, firstName: true, acceptedAt: true, lastSentAt: true, prefill: true } });
    if (!invite) throw new AppError('NOT_FOUND');
    if (invite.acceptedAt) throw new AppError('CONFLICT');
    const now = new Date();
    const claimed = await tx.delegationInvite.updateMany({ where: { id: invite.id, lastSentAt: { lte: new Date(now.getTime() - RESEND_INTERVAL_MS) } }, data: { lastSentAt: now } });
    if (claimed.count !== 1) throw new AppError('RATE_LIMITED');
    const locale = isLocale(actor.locale) ? actor.locale : 'fr';
    await sendLink(tx, delegation, actor, invite, locale, now);
  });
}

/** The head withdraws an invitation not accepted yet (its link dies with it). */
export async function withdrawInvite(actor: { id: string }, delegation: { id: string; eventId: string }, inviteId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await assertEventWritable(tx, { delegationId: delegation.id });
    const removed = await tx.delegationInvite.deleteMany({ where: { id: inviteId, delegationId: delegation.id, acceptedAt: null } });
    if (removed.count !== 1) throw new AppError('NOT_FOUND');
    await tx.oneTimeToken.updateMany({ where: { type: 'DELEGATION_INVITE', subjectId: inviteId, usedAt: null }, data: { usedAt: new Date() } });
    await writeAudit(tx, { actorId: actor.id, action: 'delegation.invite.withdraw', entityType: 'Delegation', entityId: delegation.id, eventId: delegation.eventId, data: { inviteId } });
  });
}

export type AcceptOutcome = { slug: string; delegationName: string; joined: JoinOutcome | 'DRAFT' };

/**
 * The invited person (signed in with the invited address, or just signed up
 * through the link) accepts:
 * the link is used once; the invitation remembers them; if they already
 * registered for the event their registration joins at once (atomic quota),
 * else their registration draft is created (or completed) with what the head
 * entered, and attachAcceptedInvite() seats them when they submit.
 */
export async function acceptInviteInTx(tx: Tx, userId: string, secret: string, now: Date = new Date()): Promise<AcceptOutcome> {
  const token = await tx.oneTimeToken.findUnique({ where: { tokenHash: hashSecret(secret) }, select: { id: true, type: true, subjectId: true } });
  if (!token || token.type !== 'DELEGATION_INVITE' || !token.subjectId) throw new AppError('TOKEN_INVALID');
  // Scoped to the invited address: another signed-in account gets the same
  // refusal as an unknown link, and the link stays usable by its owner.
  const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
  const mine = user && (await tx.delegationInvite.findFirst({ where: { id: token.subjectId, email: { equals: user.email, mode: 'insensitive' } }, select: { id: true } }));
  if (!mine) throw new AppError('TOKEN_INVALID');
  const claimed = await tx.oneTimeToken.updateMany({ where: { id: token.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now, userId } });
  if (claimed.count !== 1) throw new AppError('TOKEN_INVALID');
  const invite = await tx.delegationInvite.findUnique({
    where: { id: token.subjectId },
    select: { id: true, prefill: true, delegation: { select: { id: true, name: true, status: true, eventId: true, event: { select: { slug: true } } } } },
  });
  if (invite) await assertEventWritable(tx, { delegationId: invite.delegation.id });
  if (!invite || invite.delegation.status !== 'APPROVED') throw new AppError('TOKEN_INVALID');
  await tx.delegationInvite.update({ where: { id: invite.id }, data: { userId, acceptedAt: now } });
  const registration = await tx.registration.findUnique({ where: { eventId_userId: { eventId: invite.delegation.eventId, userId } }, select: { id: true } });
  let joined: AcceptOutcome['joined'] = 'DRAFT';
  if (registration) joined = await tryJoinInTx(tx, registration.id, invite.delegation.id);
  else await mergePrefillIntoDraft(tx, userId, invite.delegation.eventId, prefillValues(invite.prefill));
  await writeAudit(tx, { actorId: userId, action: 'delegation.invite.accept', entityType: 'Delegation', entityId: invite.delegation.id, eventId: invite.delegation.eventId, data: { inviteId: invite.id, joined } });
  return { slug: invite.delegation.event.slug, delegationName: invite.delegation.name, joined };
}

export async function acceptInvite(userId: string, secret: string): Promise<AcceptOutcome> {
  return db.$transaction((tx) => acceptInviteInTx(tx, userId, secret));
}

/** Someone without an account follows the link: the account is created (the link proves the address) and accepts. */
export async function acceptInviteWithNewAccount(input: { secret: string; givenName: string; familyName: string; passwordHash: string; locale: AppLocale }): Promise<AcceptOutcome & { email: string }> {
  return db.$transaction(async (tx) => {
    const token = await tx.oneTimeToken.findFirst({ where: { type: 'DELEGATION_INVITE', tokenHash: hashSecret(input.secret), usedAt: null, expiresAt: { gt: new Date() } }, select: { subjectId: true } });
    const invite = token?.subjectId ? await tx.delegationInvite.findUnique({ where: { id: token.subjectId }, select: { email: true } }) : null;
    if (!invite) throw new AppError('TOKEN_INVALID');
    if (await tx.user.findUnique({ where: { email: invite.email }, select: { id: true } })) throw new AppError('CONFLICT');
    const user = await tx.user.create({ data: { email: invite.email, name: fullName(input.givenName, input.familyName), givenName: input.givenName, familyName: input.familyName, passwordHash: input.passwordHash, locale: input.locale, emailVerifiedAt: new Date() } });
    const outcome = await acceptInviteInTx(tx, user.id, input.secret);
    return { ...outcome, email: user.email };
  });
}
