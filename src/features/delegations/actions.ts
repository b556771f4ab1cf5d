'use server';

import { publicAction, secretariatAction, userAction } from '@/features/auth/clients';
import { createHash } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { AppError } from '@/lib/errors';
import { hashPassword } from '@/lib/password';
import { requestIp } from '@/lib/request-ip';
import { rule } from '@/features/rate-limit/policy';
import type { Actor } from '@/features/auth/data';
import { isCommonPassword } from '@/features/auth/common-passwords';
import { scheduleDispatch } from '@/features/email/dispatch';
import { findEventForDelegations, findHeadedDelegation, findOpenEventBySlug, inviteContext, listHeadedDelegations, type DelegationView } from './data';
import { buildImportReport, type ReportRow } from './import-report';
import { parseMemberFile, type FileProblem } from './import-file';
import { acceptInvite as acceptMutation, acceptInviteWithNewAccount as acceptNewMutation, importMembers, inviteMember as inviteMutation, resendInvite as resendMutation, withdrawInvite as withdrawMutation } from './invites/mutations';
import { createDelegation as createMutation, joinAcceptedDelegation as joinAcceptedMutation, joinByCode as joinMutation, leaveDelegation as leaveMutation, removeMember as removeMutation, requestDelegation as requestMutation, setDelegationStatus as statusMutation, setHead as headMutation, setQuota as quotaMutation } from './mutations';
import { headCanManageMembers } from './policy';
import { clearPendingInvitation } from './pending/mutations';
import {
  acceptInviteNewAccountSchema, acceptInviteSchema, createDelegationSchema, delegationIdSchema, importFormSchema, inviteIdSchema, inviteMemberSchema, joinByCodeSchema, leaveDelegationSchema,
  removeMemberSchema, requestDelegationSchema, setDelegationStatusSchema, setHeadSchema, setQuotaSchema, type MemberRow,
} from './schema';

const HEAD_PATHS = '/[locale]/my/delegations';
const STAFF_PATHS = '/[locale]/staff/events/[slug]/delegations';

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'P2002';
}

/** The delegation, only if the actor heads it and it is approved (else NOT_FOUND / FORBIDDEN). */
async function headedOpenDelegation(actor: Actor, delegationId: string): Promise<DelegationView> {
  const delegation = await findHeadedDelegation(actor.id, delegationId);
  if (!delegation) throw new AppError('NOT_FOUND');
  if (!headCanManageMembers(delegation.status)) throw new AppError('FORBIDDEN');
  return delegation;
}

// ---- Delegates ------------------------------------------------------------------

export const requestDelegation = userAction(requestDelegationSchema, async ({ slug, ...fields }, { actor }) => {
  const event = await findOpenEventBySlug(slug);
  if (!event) throw new AppError('NOT_FOUND');
  const mine = await listHeadedDelegations(actor.id);
  if (mine.some((d) => d.eventId === event.id && d.status !== 'CLOSED')) throw new AppError('CONFLICT', { name: ['delegations.alreadyHead'] });
  const { id } = await requestMutation(actor, event.id, fields);
  revalidatePath(HEAD_PATHS, 'layout');
  return { id };
});

export const joinDelegation = userAction(joinByCodeSchema, async ({ code }, { actor }) => {
  const result = await joinMutation(actor, code);
  await clearPendingInvitation(actor.id);
  revalidatePath(HEAD_PATHS, 'layout');
  return result;
});

export const joinAcceptedDelegation = userAction(delegationIdSchema, async ({ delegationId }, { actor }) => {
  const outcome = await joinAcceptedMutation(actor.id, delegationId);
  revalidatePath(HEAD_PATHS, 'layout');
  return { outcome };
});

export const leaveDelegation = userAction(leaveDelegationSchema, async ({ registrationId }, { actor }) => {
  await leaveMutation(actor.id, registrationId);
  revalidatePath(HEAD_PATHS, 'layout');
  return { left: true };
});

export const acceptInvite = userAction(acceptInviteSchema, async ({ token }, { actor }) => {
  const result = await acceptMutation(actor.id, token);
  revalidatePath(HEAD_PATHS, 'layout');
  return result;
});

/** Account creation through the invitation link (the link proves the address: the account is verified). */
export const acceptInviteWithNewAccount = publicAction(acceptInviteNewAccountSchema, async ({ token, givenName, familyName, password, locale }) => {
  if (isCommonPassword(password)) throw new AppError('VALIDATION', { password: ['passwordCommon'] });
  try {
    return await acceptNewMutation({ secret: token, givenName, familyName: familyName ?? '', passwordHash: await hashPassword(password), locale });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT');
    throw error;
  }
}, { limits: async () => [rule('mailPerIp', await requestIp())] });

// ---- Heads ----------------------------------------------------------------------

export const inviteMember = userAction(inviteMemberSchema, async ({ delegationId, member }, { actor }) => {
  const delegation = await headedOpenDelegation(actor, delegationId);
  const { room } = await inviteContext(delegation.id);
  try {
    const result = await inviteMutation(actor, delegation, member, room);
    scheduleDispatch();
    revalidatePath(HEAD_PATHS, 'layout');
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', { email: ['delegations.alreadyInvited'] });
    throw error;
  }
  // Invitations are mail to a typed address: per target address and per sending account.
}, { limits: ({ member }, { actor }) => [rule('inviteToAddress', member.email), rule('invitesPerAccount', actor.id)] });

export const resendInvite = userAction(inviteIdSchema, async ({ delegationId, inviteId }, { actor }) => {
  const delegation = await headedOpenDelegation(actor, delegationId);
  await resendMutation(actor, delegation, inviteId);
  scheduleDispatch();
  revalidatePath(HEAD_PATHS, 'layout');
  return { sent: true };
}, { limits: (_input, { actor }) => [rule('invitesPerAccount', actor.id)] });

export const withdrawInvite = userAction(inviteIdSchema, async ({ delegationId, inviteId }, { actor }) => {
  const delegation = await headedOpenDelegation(actor, delegationId);
  await withdrawMutation(actor, delegation, inviteId);
  revalidatePath(HEAD_PATHS, 'layout');
  return { withdrawn: true };
});

export const removeMember = userAction(removeMemberSchema, async ({ delegationId, registrationId }, { actor }) => {
  const delegation = await findHeadedDelegation(actor.id, delegationId);
  if (!delegation) throw new AppError('NOT_FOUND');
  await removeMutation(actor, delegation, registrationId);
  scheduleDispatch();
  revalidatePath(HEAD_PATHS, 'layout');
  return { removed: true };
});

export type ImportPreview = {
  fileHash: string;
  total: number;
  counts: Record<'ok' | 'invalid' | 'duplicateInFile' | 'alreadyInvited' | 'overQuota', number>;
  /** Rows with a problem (all of them), then up to 20 valid ones as a sample. */
  problems: ReportRow[];
  sample: ReportRow[];
  unknownColumns: string[];
  imported?: number;
};

export type ImportResult = { ok: true; preview: ImportPreview } | { ok: false; problem: FileProblem; missing?: string[] };

type Analysis = { ok: false; problem: FileProblem; missing?: string[] } | { ok: true; fileHash: string; preview: ImportPreview; valid: MemberRow[] };

/**
 * Reads and validates a member file against the delegation as it is now.
 * Preview: nothing is written. Commit: the same file is sent again (it is not
 * stored between the two steps), parsed and validated again, and must hash
 * to the previewed one (else CONFLICT); then every valid row is imported in
 * one transaction.
 */
async function analyse(file: Blob, delegationId: string): Promise<Analysis> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const fileHash = createHash('sha256').update(bytes).digest('hex');
  const parsed = await parseMemberFile(bytes);
  if (!parsed.ok) return { ok: false, problem: parsed.problem, missing: parsed.missing };
  const { known, room } = await inviteContext(delegationId);
  const report = buildImportReport(parsed.records, known, room);
  const preview: ImportPreview = {
    fileHash,
    total: report.rows.length,
    counts: report.counts,
    problems: report.rows.filter((r) => r.issue !== null),
    sample: report.rows.filter((r) => r.issue === null).slice(0, 20),
    unknownColumns: parsed.unknownColumns,
  };
  return { ok: true, fileHash, preview, valid: report.valid };
}

export const previewImport = userAction(importFormSchema, async (form, { actor }): Promise<ImportResult> => {
  const delegation = await headedOpenDelegation(actor, form.delegationId);
  const analysis = await analyse(form.file, delegation.id);
  return analysis.ok ? { ok: true, preview: analysis.preview } : analysis;
});

export const commitImport = userAction(importFormSchema, async (form, { actor }): Promise<ImportResult> => {
  const delegation = await headedOpenDelegation(actor, form.delegationId);
  const analysis = await analyse(form.file, delegation.id);
  if (!analysis.ok) return analysis;
  if (!form.fileHash || form.fileHash !== analysis.fileHash) throw new AppError('CONFLICT');
  try {
    const { imported } = await importMembers(actor, delegation, analysis.valid);
    scheduleDispatch();
    revalidatePath(HEAD_PATHS, 'layout');
    return { ok: true, preview: { ...analysis.preview, sample: [], imported } };
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT'); // someone invited one of these addresses meanwhile: nothing imported
    throw error;
  }
});

// ---- Secretariat ----------------------------------------------------------------

export const createDelegation = secretariatAction(createDelegationSchema, async ({ slug, ...fields }, { actor }) => {
  const event = await findEventOr404(slug);
  const result = await createMutation(actor, event.id, fields);
  scheduleDispatch();
  revalidatePath(STAFF_PATHS, 'layout');
  return result;
});

async function findEventOr404(slug: string) {
  const event = await findEventForDelegations(slug);
  if (!event) throw new AppError('NOT_FOUND');
  return event;
}

export const setDelegationStatus = secretariatAction(setDelegationStatusSchema, async ({ delegationId, status }, { actor }) => {
  await statusMutation(actor, delegationId, status);
  scheduleDispatch();
  revalidatePath(STAFF_PATHS, 'layout');
  revalidatePath(HEAD_PATHS, 'layout');
  return { status };
});

export const setDelegationQuota = secretariatAction(setQuotaSchema, async ({ delegationId, quota }, { actor }) => {
  await quotaMutation(actor, delegationId, quota);
  scheduleDispatch();
  revalidatePath(STAFF_PATHS, 'layout');
  return { quota };
});

export const setDelegationHead = secretariatAction(setHeadSchema, async ({ delegationId, headEmail }, { actor }) => {
  await headMutation(actor, delegationId, headEmail);
  scheduleDispatch();
  revalidatePath(STAFF_PATHS, 'layout');
  return { changed: true };
});
