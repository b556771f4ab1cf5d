'use server';

import { staffAction } from '@/features/auth/clients';
import { revalidatePath } from 'next/cache';
import { countryName } from '@/lib/geo';
import { AppError } from '@/lib/errors';
import { verifyBadgeToken } from '@/features/badges/token';
import { findCheckInEvent } from './data';
import { checkInRegistration } from './mutations';
import { checkInSchema } from './schema';
import { balanceOf, formatMoney } from '@/features/money/rules';

/** Staff check a delegate in from a badge code (QR) or a search result. */
export const checkInAction = staffAction(checkInSchema, async (input, { actor }) => {
  const event = await findCheckInEvent(input.eventSlug);
  if (!event) throw new AppError('NOT_FOUND');
  const registrationId = 'token' in input ? verifyBadgeToken(input.token) : input.registrationId;
  if (!registrationId) throw new AppError('TOKEN_INVALID');
  const result = await checkInRegistration(actor.id, event.id, registrationId);
  if (!result) throw new AppError('NOT_FOUND');
  if (result.outcome === 'CHECKED_IN') revalidatePath('/[locale]/staff/events/[slug]', 'layout');
  const p = result.person;
  return {
    outcome: result.outcome,
    person: { id: p.id, reference: p.referenceNumber, firstName: p.firstName, lastName: p.lastName, organization: p.organization, country: countryName(p.country, input.locale ?? 'fr'), participantType: p.participantType, status: p.status, delegation: p.delegation?.name ?? null, checkedInAt: p.checkedInAt?.toISOString() ?? null, paymentStatus: p.paymentStatus, balance: balanceOf(p) > 0 ? formatMoney(balanceOf(p), event.currency, input.locale ?? 'fr') : null },
  };
});
