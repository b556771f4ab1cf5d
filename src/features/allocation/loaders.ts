import 'server-only';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import type { AppLocale } from '@/lib/i18n/locales';
import { requireRolePage } from '@/features/auth/loaders';
import { findEventForStaff } from '@/features/events/data';

/** Staff allocation pages: the role check, then the event (404 when missing). */
export const loadStaffAllocationEvent = cache(async (locale: AppLocale, slug: string, path: string) => {
  const actor = await requireRolePage(locale, `/staff/events/${slug}/allocation${path}`, 'ORGANIZER', 'SECRETARIAT');
  const event = await findEventForStaff(slug);
  if (!event) notFound();
  return { actor, event };
});
