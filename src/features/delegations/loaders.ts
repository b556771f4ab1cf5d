import 'server-only';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { countryOptions } from '@/lib/geo';
import type { AppLocale } from '@/lib/i18n/locales';
import { requireUserPage } from '@/features/auth/loaders';
import { findHeadedDelegation } from './data';

/** A head's page: signed in, and heads this delegation (anyone else: 404). */
export const requireHeadedDelegationPage = cache(async (locale: AppLocale, delegationId: string, path: string) => {
  const actor = await requireUserPage(locale, path);
  const delegation = await findHeadedDelegation(actor.id, delegationId);
  if (!delegation) notFound();
  return { actor, delegation };
});

export function countriesFor(locale: AppLocale) {
  return countryOptions(locale).map((c) => ({ code: c.code, name: c.name }));
}
