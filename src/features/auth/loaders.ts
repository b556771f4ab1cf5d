import 'server-only';
import { notFound } from 'next/navigation';
import { redirect } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/locales';
import type { Role } from '@/lib/db-types';
import { getActor, type Actor } from './data';

/** A page for signed-in people: anonymous visitors go to sign-in and come back. */
export async function requireUserPage(locale: AppLocale, returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect({ href: { pathname: '/sign-in', query: { callbackUrl: `/${locale}${returnTo}` } }, locale });
  return actor!;
}

/** A page for some roles: anyone else gets a 404 (nothing about it is revealed). */
export async function requireRolePage(locale: AppLocale, returnTo: string, ...roles: Role[]): Promise<Actor> {
  const actor = await requireUserPage(locale, returnTo);
  if (!roles.includes(actor.role)) notFound();
  return actor;
}
