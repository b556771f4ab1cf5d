import type { MemberStatus } from '../policy';

/** Badge tone per status (pure; shared by server and client components). */
export function memberTone(status: MemberStatus): 'neutral' | 'green' | 'amber' | 'red' | 'blue' {
  if (status === 'APPROVED') return 'green';
  if (status === 'SUBMITTED') return 'blue';
  if (status === 'WAITLISTED' || status === 'INCOMPLETE' || status === 'NOT_ATTACHED') return 'amber';
  if (status === 'REJECTED' || status === 'CANCELLED') return 'red';
  return 'neutral';
}

export function delegationTone(status: 'REQUESTED' | 'APPROVED' | 'CLOSED'): 'amber' | 'green' | 'neutral' {
  return status === 'APPROVED' ? 'green' : status === 'REQUESTED' ? 'amber' : 'neutral';
}
