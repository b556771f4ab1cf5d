import 'server-only';
import { cookies } from 'next/headers';
import { db } from '@/lib/db';
import { authSecret } from '@/lib/env';
import { hashSecret } from '@/features/auth/tokens';
import { findApprovedByCode, findInviteByToken } from '../data';
import { isWellFormedCode, normalizeCode } from '../schema';
import { decodePendingCookie, PENDING_COOKIE, type PendingCookie } from './cookie';

/** What the banner on sign-in, sign-up and verification pages says, and where joining happens. */
export type PendingInvitationView = {
  delegationId: string;
  delegation: string;
  head: string | null;
  event: { title: unknown; languages: string[] };
  /** Path without the locale: the delegation's join page, or the personal invitation. */
  path: string;
  kind: 'code' | 'token';
};

async function fromCode(raw: string): Promise<PendingInvitationView | null> {
  const code = normalizeCode(raw);
  if (!isWellFormedCode(code)) return null;
  const d = await findApprovedByCode(code);
  return d ? { delegationId: d.id, delegation: d.name, head: d.head?.name ?? null, event: d.event, path: `/delegations/join/${code}`, kind: 'code' } : null;
}

async function describe(p: PendingCookie): Promise<PendingInvitationView | null> {
  if (p.kind === 'code') return fromCode(p.value);
  if (p.value.length < 10 || p.value.length > 200) return null;
  const invite = await findInviteByToken(p.value);
  if (!invite) return null;
  const d = invite.delegation;
  return { delegationId: d.id, delegation: d.name, head: d.head?.name ?? null, event: d.event, path: `/invitations/${encodeURIComponent(p.value)}`, kind: 'token' };
}

/** The invitation this browser opened while signed out (signed cookie), if still valid. */
export async function pendingFromCookie(): Promise<PendingInvitationView | null> {
  const raw = (await cookies()).get(PENDING_COOKIE)?.value;
  const p = decodePendingCookie(raw, authSecret());
  return p ? describe(p) : null;
}

/** The delegation invitation remembered for an account (created through an invitation link). */
export async function pendingForUser(userId: string): Promise<PendingInvitationView | null> {
  const row = await db.pendingInvitation.findUnique({ where: { userId }, select: { delegation: { select: { invitationCode: true, status: true } } } });
  if (!row || row.delegation.status !== 'APPROVED' || !row.delegation.invitationCode) return null;
  return fromCode(row.delegation.invitationCode);
}

/** The invitation remembered for the account an e-mail verification link belongs to (any device). */
export async function pendingForVerificationToken(secret: string): Promise<PendingInvitationView | null> {
  if (secret.length < 20 || secret.length > 200) return null;
  const token = await db.oneTimeToken.findUnique({ where: { tokenHash: hashSecret(secret) }, select: { type: true, userId: true } });
  return token?.type === 'EMAIL_VERIFICATION' && token.userId ? pendingForUser(token.userId) : null;
}

/** For sign-up: the delegation of an invitation link this browser carries (personal invitations create their account on their own page). */
export async function pendingRefFromCookie(): Promise<{ delegationId: string } | null> {
  const view = await pendingFromCookie();
  return view?.kind === 'code' ? { delegationId: view.delegationId } : null;
}
