// Who may enrol in a session. Pure: the staff form, the public page and the
// server-side enrolment check share it.
import { z } from 'zod';
import type { Continent, Gender, OrganizationKind, ParticipantType } from '@/lib/db-types';

export const CONTINENT_VALUES = ['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'OCEANIA'] as const satisfies readonly Continent[];
export const PARTICIPANT_TYPE_VALUES = ['DELEGATE', 'SPEAKER', 'OBSERVER', 'PRESS', 'VOLUNTEER'] as const satisfies readonly ParticipantType[];
export const ORGANIZATION_KIND_VALUES = ['COOPERATIVE', 'UNION', 'WOMENS_GROUP', 'YOUTH_GROUP', 'NGO', 'RESEARCH', 'LOCAL_GOVERNMENT', 'OTHER'] as const satisfies readonly OrganizationKind[];
export const GENDER_VALUES = ['FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED'] as const satisfies readonly Gender[];

export const eligibilitySchema = z
  .object({
    continents: z.array(z.enum(CONTINENT_VALUES)).max(5).optional(),
    delegationIds: z.array(z.string().min(1).max(64)).max(300).optional(),
    participantTypes: z.array(z.enum(PARTICIPANT_TYPE_VALUES)).max(5).optional(),
    organizationKinds: z.array(z.enum(ORGANIZATION_KIND_VALUES)).max(8).optional(),
    genders: z.array(z.enum(GENDER_VALUES)).max(4).optional(),
  })
  .strict();
export type Eligibility = z.infer<typeof eligibilitySchema>;

export type Enrollee = {
  continent: Continent;
  delegationId: string | null;
  participantType: ParticipantType;
  organizationKind: OrganizationKind;
  gender: Gender | null;
};

/** The stored JSON as rules; empty lists mean "no restriction"; unreadable JSON is treated as closed (fail safe). */
export function parseEligibility(value: unknown): Eligibility | null {
  const parsed = eligibilitySchema.safeParse(value ?? {});
  if (!parsed.success) return null;
  const out: Eligibility = {};
  for (const [key, list] of Object.entries(parsed.data) as [keyof Eligibility, string[] | undefined][]) {
    if (list && list.length > 0) (out as Record<string, string[]>)[key] = [...new Set(list)];
  }
  return out;
}

export function isOpenToAll(rules: Eligibility | null): boolean {
  return rules !== null && Object.keys(rules).length === 0;
}

/** Every restriction present must be met (AND across criteria, OR within one). */
export function isEligible(rules: Eligibility | null, who: Enrollee): boolean {
  if (rules === null) return false;
  if (rules.continents && !rules.continents.includes(who.continent)) return false;
  if (rules.delegationIds && (!who.delegationId || !rules.delegationIds.includes(who.delegationId))) return false;
  if (rules.participantTypes && !rules.participantTypes.includes(who.participantType)) return false;
  if (rules.organizationKinds && !rules.organizationKinds.includes(who.organizationKind)) return false;
  if (rules.genders && (!who.gender || !rules.genders.includes(who.gender))) return false;
  return true;
}
