import type { Role } from '@/lib/db-types';
import { isStaff } from '@/features/auth/policy';

/** Messages that carry a secret link (whoever reads them can act as the recipient). */
export const SECRET_LINK_TEMPLATES = new Set(['verifyEmail', 'passwordReset', 'delegationInvite', 'delegations.invite']);

/**
 * Any link carrying a one-time secret, present or future: our secret links put
 * it in `token=` (verification, reset) or in the path (/invitations/<secret>).
 * A template not listed above is still withheld if its text looks like one.
 */
export function looksLikeSecretLink(text: string): boolean {
  return /https?:\/\/\S*([?&](token|code|secret|key)=|\/invitations\/)/i.test(text);
}

/**
 * Staff read the outbox (delivery problems, what a delegate was told). A
 * message carrying a secret link shows its body only in demo mode
 * (`npm run demo`, never in a real deployment), and even then never when it
 * is addressed to another staff account. Otherwise whoever reads the link
 * could act as the recipient (an organizer resetting a delegate's password).
 */
export function canReadMessageBody(
  reader: { id: string; role: Role },
  message: { template: string; userId: string | null; text: string },
  recipientRole: Role | null,
  demoMode: boolean,
): boolean {
  if (!isStaff(reader.role)) return false;
  if (!SECRET_LINK_TEMPLATES.has(message.template) && !looksLikeSecretLink(message.text)) return true;
  if (!demoMode) return false;
  if (message.userId === reader.id) return true;
  return recipientRole === null || !isStaff(recipientRole);
}
