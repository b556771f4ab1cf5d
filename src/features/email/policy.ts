import type { Role } from '@/lib/db-types';
import { isStaff } from '@/features/auth/policy';

/** Messages that carry a secret link (whoever reads them can act as the recipient). */
export const SECRET_LINK_TEMPLATES = new Set(['verifyEmail', 'passwordReset', 'delegationInvite', 'delegations.invite']);

/**
 * Staff read the outbox so a demo works with no mail server. A message with a
 * secret link shows its body only while no mail server is configured, and
 * never when it is addressed to another staff account (an organizer must not
 * be able to take over a secretariat account through its reset link).
 */
export function canReadMessageBody(
  reader: { id: string; role: Role },
  message: { template: string; userId: string | null },
  recipientRole: Role | null,
  smtpConfigured: boolean,
): boolean {
  if (!isStaff(reader.role)) return false;
  if (!SECRET_LINK_TEMPLATES.has(message.template)) return true;
  if (smtpConfigured) return false;
  if (message.userId === reader.id) return true;
  return recipientRole === null || !isStaff(recipientRole);
}
