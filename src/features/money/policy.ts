import type { PaymentMethod, Role } from '@/lib/db-types';

// Who may do what with money. Organizers record cash at the check-in desk;
// the secretariat records any payment, corrects (reversal/refund) and waives.

export function canRecordPayment(role: Role, method: PaymentMethod): boolean {
  if (role === 'SECRETARIAT') return true;
  return role === 'ORGANIZER' && method === 'CASH';
}

export const canCorrectPayments = (role: Role) => role === 'SECRETARIAT';
export const canWaiveFees = (role: Role) => role === 'SECRETARIAT';
export const canEditMoneySettings = (role: Role) => role === 'SECRETARIAT';
/** Staff read balances (registration page, check-in, dashboard, exports). */
export const canSeeBalances = (role: Role) => role === 'SECRETARIAT' || role === 'ORGANIZER';
