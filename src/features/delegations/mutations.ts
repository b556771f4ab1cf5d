import 'server-only';
import type { Tx } from '@/lib/db-types';
import { randomInt } from 'node:crypto';
import { db } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { continentOf } from '@/lib/geo';
import { isLocale, type AppLocale } from '@/lib/i18n/locales';
import type { Prisma } from '@/generated/prisma/client';
import type { DelegationStatus } from '@/generated/prisma/enums';
import { writeAudit } from '@/features/audit/mutations';
import { queueEmail } from '@/features/email/mutations';
import { findJoinableByCode, leaveInTx, tryJoinInTx, type JoinOutcome } from './membership';
import { canChangeStatus } from './policy';
import { CODE_ALPHABET, CODE_LENGTH } from './schema';
import { assertEventWritable } from '@/features/events/guard';


/** 8 characters, cryptographically random, from an alphabet without 0/O and 1/I. */
export function newInvitationCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A code no delegation uses (checked before the insert: a unique violation would abort a PostgreSQL transaction). */
async function uniqueCode(tx: Tx): Promise<string> {
  for (;;) {
    const code = newInvitationCode();
    if (!(await tx.delegation.findUnique({ where: { invitationCode: code }, select: { id: true } }))) return code;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'P2002';
}

type DelegationFields = { name: string; country?: string; network?: string; continent?: 'AFRICA' | 'AMERICAS' | 'ASIA' | 'EUROPE' | 'OCEANIA'; description?: string; quota: number };

function columns(f: DelegationFields) {
  return {
    name: f.name,
    country: f.country ?? null,
    network: f.network ?? null,
    continent: f.continent ?? (f.country ? (continentOf(f.country) ?? null) : null),
    description: f.description ?? null,
    quota: f.quota,
  };
}

async function createWithCode(tx: Tx, data: Omit<Prisma.DelegationUncheckedCreateInput, 'invitationCode'>) {
  try {
    return await tx.delegation.create({ data: { ...data, invitationCode: await uniqueCode(tx) }, select: { id: true } });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', { name: ['taken'] });
    throw error;
  }
}

/** A delegate asks for a delegation: REQUESTED, they become its head once the secretariat approves. */
export async function requestDelegation(actor: { id: string }, eventId: string, fields: DelegationFields): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    await assertEventWritable(tx, { eventId });
    const d = await createWithCode(tx, { eventId, ...columns(fields), status: 'REQUESTED', headId: actor.id });
    await writeAudit(tx, { actorId: actor.id, action: 'delegation.request', entityType: 'Delegation', entityId: d.id, eventId, data: { name: fields.name, quota: fields.quota } });
    return d;
  });
}

// ---- Members ------------------------------------------------------------------

/** A member leaves their delegation (the seat is freed at once). */
export async function leaveDelegation(userId: string, registrationId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await assertEventWritable(tx, { registrationId });
    const reg = await tx.registration.findFirst({ where: { id: registrationId, userId, delegationId: { not: null } }, select: { id: true, delegationId: true, eventId: true } });
    if (!reg?.delegationId || !(await leaveInTx(tx, reg.id, reg.delegationId))) throw new AppError('NOT_FOUND');
    await tx.delegationInvite.deleteMany({ where: { delegationId: reg.delegationId, userId } });
    await writeAudit(tx, { actorId: userId, action: 'delegation.leave', entityType: 'Delegation', entityId: reg.delegationId, eventId: reg.eventId, data: { registrationId } });
  });
}

/** The head removes a member (their registration stays; it leaves the delegation). */
export async function removeMember(actor: { id: string }, delegation: { id: string; name: string; eventId: string }, registrationId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await assertEventWritable(tx, { delegationId: delegation.id });
    const reg = await tx.registration.findFirst({ where: { id: registrationId, delegationId: delegation.id }, select: { id: true, userId: true, email: true, firstName: true, user: { select: { locale: true } } } });
    if (!reg || !(await leaveInTx(tx, reg.id, delegation.id))) throw new AppError('NOT_FOUND');
    await tx.delegationInvite.deleteMany({ where: { delegationId: delegation.id, OR: [{ userId: reg.userId }, { email: reg.email.toLowerCase() }] } });
    await writeAudit(tx, { actorId: actor.id, action: 'delegation.member.remove', entityType: 'Delegation', entityId: delegation.id, eventId: delegation.eventId, data: { registrationId } });
    const locale: AppLocale = isLocale(reg.user.locale) ? reg.user.locale : 'fr';
    await queueEmail(tx, { to: reg.email, userId: reg.userId, locale, template: 'delegations.removed', params: { name: reg.firstName, delegation: delegation.name } });
  });
}

export type JoinByCodeResult = { outcome: JoinOutcome | 'REMEMBERED'; delegationName: string; slug: string };

/**
 * A delegate enters a code. Registered (live): joins at once (atomic quota).
 * Not registered yet: the choice is remembered (an accepted invitation to
 * themselves) and their registration joins when they submit it.
 * An unknown, unapproved or closed code: NOT_FOUND, the same for all.
 */
export async function joinByCode(actor: { id: string; name: string; email: string }, code: string): Promise<JoinByCodeResult> {
  return db.$transaction(async (tx) => {
    const delegation = await findJoinableByCode(tx, code);
    if (!delegation) throw new AppError('NOT_FOUND', { code: ['delegations.invalidCode'] });
    await assertEventWritable(tx, { delegationId: delegation.id });
    const event = await tx.event.findUniqueOrThrow({ where: { id: delegation.eventId }, select: { slug: true } });
    const reg = await tx.registration.findUnique({ where: { eventId_userId: { eventId: delegation.eventId, userId: actor.id } }, select: { id: true, delegationId: true, status: true } });
    if (reg) {
      const outcome = await tryJoinInTx(tx, reg.id, delegation.id);
      if (outcome === 'FULL') throw new AppError('CAPACITY_FULL');
      if (outcome === 'NOT_ELIGIBLE') throw new AppError('CONFLICT');
      if (outcome === 'JOINED') await writeAudit(tx, { actorId: actor.id, action: 'delegation.join', entityType: 'Delegation', entityId: delegation.id, eventId: delegation.eventId, data: { registrationId: reg.id } });
      return { outcome, delegationName: delegation.name, slug: event.slug };
    }
    // The names as typed at sign-up; a full name is never split (where it cuts is not knowable).
    const names = await tx.user.findUnique({ where: { id: actor.id }, select: { givenName: true, familyName: true } });
    await tx.delegationInvite.upsert({
      where: { delegationId_email: { delegationId: delegation.id, email: actor.email } },
      create: { delegationId: delegation.id, email: actor.email, firstName: names?.givenName || actor.name, lastName: names?.familyName ?? '', userId: actor.id, acceptedAt: new Date() },
      update: { userId: actor.id, acceptedAt: new Date() },
    });
    return { outcome: 'REMEMBERED', delegationName: delegation.name, slug: event.slug };
  });
}

// ---- Secretariat ------------------------------------------------------------------

type StaffActor = { id: string };
type Head = { id: string; email: string; name: string; locale: string };

async function tellHead(tx: Tx, head: Head | null, template: string, params: Record<string, string | number>) {
  if (!head) return;
  const locale: AppLocale = isLocale(head.locale) ? head.locale : 'fr';
  await queueEmail(tx, { to: head.email, userId: head.id, locale, template: `delegations.${template}`, params: { name: head.name, url: `${appUrl()}/${locale}/my/delegations`, ...params } });
}

const headSelect = { id: true, email: true, name: true, locale: true } as const;

async function findAccount(tx: Tx, email: string) {
  const user = await tx.user.findUnique({ where: { email }, select: { ...headSelect, disabledAt: true } });
  if (!user || user.disabledAt) throw new AppError('VALIDATION', { headEmail: ['delegations.noAccount'] });
  return user;
}

/** The secretariat creates an approved delegation and appoints its head (an existing account). */
export async function createDelegation(actor: StaffActor, eventId: string, fields: DelegationFields & { headEmail: string }): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    await assertEventWritable(tx, { eventId });
    const head = await findAccount(tx, fields.headEmail);
    const d = await createWithCode(tx, { eventId, ...columns(fields), status: 'APPROVED', headId: head.id });
    await writeAudit(tx, { actorId: actor.id, action: 'delegation.create', entityType: 'Delegation', entityId: d.id, eventId, data: { name: fields.name, quota: fields.quota, headId: head.id } });
    await tellHead(tx, head, 'headAppointed', { delegation: fields.name });
    await seatHead(tx, d.id, eventId, head.id);
    return d;
  });
}

/** When a delegation opens, its head's own live registration (if any, without a delegation) joins it. */
async function seatHead(tx: Tx, delegationId: string, eventId: string, headId: string | null) {
  if (!headId) return;
  const reg = await tx.registration.findUnique({ where: { eventId_userId: { eventId, userId: headId } }, select: { id: true, delegationId: true } });
  if (reg && !reg.delegationId) await tryJoinInTx(tx, reg.id, delegationId);
}

async function loadForStaff(tx: Tx, delegationId: string) {
  const d = await tx.delegation.findUnique({ where: { id: delegationId }, select: { id: true, eventId: true, name: true, status: true, quota: true, memberCount: true, head: { select: headSelect } } });
  if (!d) throw new AppError('NOT_FOUND');
  return d;
}

/** Approve, close or reopen. Audited; the head is told. */
export async function setDelegationStatus(actor: StaffActor, delegationId: string, status: DelegationStatus): Promise<void> {
  await db.$transaction(async (tx) => {
    await assertEventWritable(tx, { delegationId });
    const d = await loadForStaff(tx, delegationId);
    if (!canChangeStatus(d.status, status)) throw new AppError('CONFLICT');
    const changed = await tx.delegation.updateMany({ where: { id: d.id, status: d.status }, data: { status } });
    if (changed.count !== 1) throw new AppError('CONFLICT');
    await writeAudit(tx, { actorId: actor.id, action: `delegation.status`, entityType: 'Delegation', entityId: d.id, eventId: d.eventId, data: { from: d.status, to: status } });
    await tellHead(tx, d.head, 'statusChanged', { delegation: d.name, status });
    if (status === 'APPROVED') await seatHead(tx, d.id, d.eventId, d.head?.id ?? null);
  });
}

/** A new quota, never below the seats taken (checked atomically against concurrent joins). */
export async function setQuota(actor: StaffActor, delegationId: string, quota: number): Promise<void> {
  await db.$transaction(async (tx) => {
    await assertEventWritable(tx, { delegationId });
    const d = await loadForStaff(tx, delegationId);
    if (d.quota === quota) return;
    const rows = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Delegation" SET quota = ${quota}, "updatedAt" = now() WHERE id = ${d.id} AND "memberCount" <= ${quota} RETURNING id`;
    if (rows.length === 0) throw new AppError('VALIDATION', { quota: ['delegations.quotaBelowMembers'] });
    await writeAudit(tx, { actorId: actor.id, action: 'delegation.quota', entityType: 'Delegation', entityId: d.id, eventId: d.eventId, data: { from: d.quota, to: quota } });
    await tellHead(tx, d.head, 'quotaChanged', { delegation: d.name, quota });
  });
}

/** Appoints another head (an existing account). Both the new and the former head are told. */
export async function setHead(actor: StaffActor, delegationId: string, headEmail: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await assertEventWritable(tx, { delegationId });
    const d = await loadForStaff(tx, delegationId);
    const head = await findAccount(tx, headEmail);
    if (d.head?.id === head.id) return;
    await tx.delegation.update({ where: { id: d.id }, data: { headId: head.id } });
    await writeAudit(tx, { actorId: actor.id, action: 'delegation.head', entityType: 'Delegation', entityId: d.id, eventId: d.eventId, data: { from: d.head?.id ?? null, to: head.id } });
    await tellHead(tx, head, 'headAppointed', { delegation: d.name });
    await tellHead(tx, d.head, 'headReplaced', { delegation: d.name });
    if (d.status === 'APPROVED') await seatHead(tx, d.id, d.eventId, head.id);
  });
}

/**
 * A member who accepted an invitation (or entered the code) before registering,
 * and whose registration is not in the delegation (the submission did not
 * attach it, or the delegation was full then): joins now, if a seat is free.
 */
export async function joinAcceptedDelegation(userId: string, delegationId: string): Promise<JoinOutcome> {
  return db.$transaction(async (tx) => {
    await assertEventWritable(tx, { delegationId });
    const invite = await tx.delegationInvite.findFirst({ where: { delegationId, userId, acceptedAt: { not: null } }, select: { delegation: { select: { eventId: true } } } });
    if (!invite) throw new AppError('NOT_FOUND');
    const reg = await tx.registration.findUnique({ where: { eventId_userId: { eventId: invite.delegation.eventId, userId } }, select: { id: true } });
    if (!reg) throw new AppError('CONFLICT');
    const outcome = await tryJoinInTx(tx, reg.id, delegationId);
    if (outcome === 'FULL') throw new AppError('CAPACITY_FULL');
    if (outcome === 'NOT_OPEN') throw new AppError('NOT_FOUND');
    if (outcome === 'NOT_ELIGIBLE') throw new AppError('CONFLICT');
    if (outcome === 'JOINED') await writeAudit(tx, { actorId: userId, action: 'delegation.join', entityType: 'Delegation', entityId: delegationId, eventId: invite.delegation.eventId, data: { registrationId: reg.id } });
    return outcome;
  });
}
