// Delegation forms and action inputs: one zod schema per form, used by the form
// (zodResolver) and by the server action. Pure: no Prisma, safe on the client.
import { z } from 'zod';
import { CONTINENTS, isCountryCode } from '@/lib/geo-codes';
import { LOCALES } from '@/lib/i18n/locales';
import { emailField, intField, msg, optionalText, requiredText } from '@/lib/validation';
import { passwordField, personNameFields } from '@/features/auth/schema';

export const DELEGATION_STATUSES = ['REQUESTED', 'APPROVED', 'CLOSED'] as const;
export const QUOTA_MAX = 2_000;

/** Invitation codes: 8 characters from an alphabet without 0/O and 1/I. */
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;

/** What a person types: case, spaces and dashes do not matter; O/I read as 0/1 never occur. */
export function normalizeCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function isWellFormedCode(code: string): boolean {
  return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c));
}

const idField = z.string({ error: msg.invalid }).min(1).max(64);
const slugField = z.string({ error: msg.invalid }).min(1).max(100);

const optionalCountry = z
  .string({ error: msg.invalid })
  .optional()
  .transform((v) => v?.trim().toUpperCase() ?? '')
  .refine((v) => v === '' || isCountryCode(v), { error: 'country' })
  .transform((v) => v || undefined);

const optionalContinent = z
  .union([z.literal(''), z.enum(CONTINENTS as unknown as ['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'OCEANIA'], { error: msg.invalid })], { error: msg.invalid })
  .optional()
  .transform((v) => v || undefined);

const quotaField = intField(1, QUOTA_MAX);

/** Name, country or network, continent: shared by the request form and the secretariat's creation form. */
const delegationShape = {
  name: requiredText(150),
  country: optionalCountry,
  network: optionalText(120),
  continent: optionalContinent,
  description: optionalText(1000, { multiline: true }),
  quota: quotaField,
};

function countryOrNetwork(v: { country?: string; network?: string }, ctx: z.RefinementCtx) {
  if (!v.country && !v.network) ctx.addIssue({ code: 'custom', path: ['country'], message: 'delegations.countryOrNetwork' });
}

export const requestDelegationSchema = z.strictObject({ slug: slugField, ...delegationShape }).superRefine(countryOrNetwork);
export type RequestDelegationInput = z.input<typeof requestDelegationSchema>;

export const createDelegationSchema = z
  .strictObject({ slug: slugField, ...delegationShape, headEmail: emailField })
  .superRefine(countryOrNetwork);
export type CreateDelegationInput = z.input<typeof createDelegationSchema>;

/**
 * One member as the head enters them, or one row of an imported file: the
 * same schema for both. `language` is the language of their invitation e-mail.
 */
export const memberRowSchema = z.strictObject({
  firstName: requiredText(100),
  lastName: requiredText(100),
  email: emailField,
  organization: optionalText(200),
  country: optionalCountry,
  language: z
    .string({ error: msg.invalid })
    .optional()
    .transform((v) => v?.trim().toLowerCase() ?? '')
    .refine((v) => v === '' || (LOCALES as readonly string[]).includes(v), { error: 'delegations.language' })
    .transform((v) => (v || undefined) as (typeof LOCALES)[number] | undefined),
});
export type MemberRowInput = z.input<typeof memberRowSchema>;
export type MemberRow = z.output<typeof memberRowSchema>;
export const MEMBER_FIELDS = ['firstName', 'lastName', 'email', 'organization', 'country', 'language'] as const;

export const inviteMemberSchema = z.strictObject({ delegationId: idField, member: memberRowSchema });
export type InviteMemberInput = z.input<typeof inviteMemberSchema>;

export const inviteIdSchema = z.strictObject({ delegationId: idField, inviteId: idField });
export const removeMemberSchema = z.strictObject({ delegationId: idField, registrationId: idField });
export const delegationIdSchema = z.strictObject({ delegationId: idField });

export const joinByCodeSchema = z.strictObject({
  code: z
    .string({ error: msg.required })
    .max(40, { error: 'delegations.code' })
    .transform(normalizeCode)
    .pipe(z.string().min(1, { error: msg.required }).refine(isWellFormedCode, { error: 'delegations.code' })),
});
export type JoinByCodeInput = z.input<typeof joinByCodeSchema>;

export const acceptInviteSchema = z.strictObject({ token: z.string().min(10).max(200) });

export const acceptInviteNewAccountSchema = z.strictObject({
  token: z.string().min(10).max(200),
  ...personNameFields,
  password: passwordField,
  locale: z.enum(LOCALES),
});
export type AcceptInviteNewAccountInput = z.input<typeof acceptInviteNewAccountSchema>;

// ---- Secretariat ------------------------------------------------------------

export const setDelegationStatusSchema = z.strictObject({ delegationId: idField, status: z.enum(DELEGATION_STATUSES) });
export const setQuotaSchema = z.strictObject({ delegationId: idField, quota: quotaField });
export type SetQuotaInput = z.input<typeof setQuotaSchema>;
export const setHeadSchema = z.strictObject({ delegationId: idField, headEmail: emailField });
export type SetHeadInput = z.input<typeof setHeadSchema>;

export const staffListQuerySchema = z.object({
  status: z.enum(DELEGATION_STATUSES).optional().catch(undefined),
  continent: z.enum(CONTINENTS as unknown as ['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'OCEANIA']).optional().catch(undefined),
  q: z.string().max(100).optional().catch(undefined),
});
export type StaffListQuery = z.output<typeof staffListQuerySchema>;

// ---- Import (multipart: the file travels in a FormData) ------------------------

export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;

const importFields = z.object({
  delegationId: idField,
  file: z.instanceof(Blob, { error: 'delegations.fileRequired' }),
  fileHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});

/** The import form as a FormData: `delegationId`, `file` and (to commit) the previewed `fileHash`. */
export const importFormSchema = z.instanceof(FormData, { error: msg.invalid }).transform((fd, ctx) => {
  const parsed = importFields.safeParse({ delegationId: fd.get('delegationId'), file: fd.get('file'), fileHash: fd.get('fileHash') ?? undefined });
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  return z.NEVER;
});

export const leaveDelegationSchema = z.strictObject({ registrationId: idField });
