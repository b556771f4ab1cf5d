import type { RegistrationStatus } from '@/lib/db-types';

export function statusTone(status: RegistrationStatus): 'green' | 'amber' | 'red' | 'blue' | 'neutral' {
  return ({ SUBMITTED: 'blue', APPROVED: 'green', WAITLISTED: 'amber', REJECTED: 'red', CANCELLED: 'neutral' } as const)[status];
}
