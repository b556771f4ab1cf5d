import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { localeParam } from '@/lib/i18n/params';
import { requireRolePage } from '@/features/auth/loaders';

// Every staff page checks the role again itself; this layout adds navigation.
export default async function StaffLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  const actor = await requireRolePage(locale, '/staff', 'ORGANIZER', 'SECRETARIAT');
  const t = await getTranslations('staff');
  const tEvents = await getTranslations('events');
  const items = [
    { href: '/staff', label: t('nav.dashboard') },
    { href: '/staff/outbox', label: t('nav.outbox') },
    ...(actor.role === 'SECRETARIAT'
      ? [
          { href: '/staff/events', label: tEvents('nav') },
          { href: '/staff/users', label: t('nav.users') },
          { href: '/staff/audit', label: t('nav.audit') },
        ]
      : []),
  ];
  return (
    <div className="space-y-6">
      <nav aria-label={t('nav.label')} className="border-b border-stone-200 pb-2">
        <ul className="flex flex-wrap gap-2">
          {items.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="inline-flex min-h-11 items-center rounded-md px-3 hover:bg-stone-200">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}
