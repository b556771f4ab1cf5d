import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/card';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import { localeParam } from '@/lib/i18n/params';
import { requireRolePage } from '@/features/auth/loaders';
import { findEventForStaff } from '@/features/events/data';

type Tab = { href: string; label: string; secretariatOnly?: boolean };

/**
 * The per-event staff area: title and tabs. Each feature adds its tab here;
 * each page still checks the role itself.
 */
export default async function StaffEventLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string; slug: string }> }) {
  const locale = await localeParam(params);
  const { slug } = await params;
  const actor = await requireRolePage(locale, `/staff/events/${slug}`, 'ORGANIZER', 'SECRETARIAT');
  const event = await findEventForStaff(slug);
  if (!event) notFound();
  const t = await getTranslations('staff');
  const base = `/staff/events/${slug}`;
  const tOnSite = await getTranslations(); // dashboard/exports/checkin tabs use their own namespaces
  const tabs: Tab[] = [
    // Features add their entries here, e.g. { href: `${base}/registrations`, label: t('eventTabs.registrations') }.
    { href: base, label: tOnSite('dashboard.tab') },
    { href: `${base}/attendees`, label: tOnSite('exports.tab') },
    { href: `${base}/check-in`, label: tOnSite('checkin.tab') },
    { href: `${base}/programme`, label: tOnSite('programme.staff.tab') },
    { href: `${base}/registrations`, label: tOnSite('registrationAdmin.tabs.registrations') },
    { href: `${base}/settings`, label: tOnSite('registrationAdmin.tabs.settings'), secretariatOnly: true },
    { href: `${base}/delegations`, label: tOnSite('delegations.staff.tab') },
    { href: `${base}/bursaries`, label: tOnSite('bursaries.tab'), secretariatOnly: true },
    { href: `${base}/edit`, label: tOnSite('events.tab'), secretariatOnly: true },
    { href: `${base}/visa-letters`, label: tOnSite('visaLetters.tab'), secretariatOnly: true },
    { href: `${base}/messages`, label: tOnSite('announcements.tab') },

    { href: `${base}/allocation`, label: tOnSite('allocation.tab') },
  ];
  const visible = tabs.filter((tab) => !tab.secretariatOnly || actor.role === 'SECRETARIAT');
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-bold">{localized(event.title, locale, event.languages)}</h1>
        <Badge>{t(`eventStatus.${event.status}`)}</Badge>
      </div>
      {visible.length > 0 ? (
        <nav aria-label={t('eventTabs.label')} className="border-b border-stone-200">
          <ul className="flex flex-wrap gap-x-1">
            {visible.map((tab) => (
              <li key={tab.href}>
                <Link href={tab.href} className="inline-flex min-h-11 items-center whitespace-nowrap rounded-t-md px-3 hover:bg-stone-200">
                  {tab.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <div>{children}</div>
    </div>
  );
}
