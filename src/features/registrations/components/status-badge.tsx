import type { RegistrationStatus } from '@/generated/prisma/enums';

export function statusTone(status: RegistrationStatus): 'green' | 'amber' | 'red' | 'blue' | 'neutral' {
  return ({ SUBMITTED: 'blue', APPROVED: 'green', WAITLISTED: 'amber', REJECTED: 'red', CANCELLED: 'neutral' } as const)[status];
}
