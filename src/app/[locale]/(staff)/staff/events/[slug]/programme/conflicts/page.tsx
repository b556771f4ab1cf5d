import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localized } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { localeParam } from '@/lib/i18n/params';
import { listConflicts } from '@/features/programme/data';
import { loadStaffProgrammeEvent } from '@/features/programme/loaders';
import { ProgrammeSubnav } from '@/features/programme/components/staff-subnav';
import { ConflictItems } from '@/features/programme/components/conflict-list';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('programme'))('staff.nav.conflicts') };
}

export default async function ConflictsPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const locale = await localeParam(params);
  const { slug } = await params;
  const { event } = await loadStaffProgrammeEvent(locale, slug, '/conflicts');
  const t = await getTranslations('programme');
  const tc = await getTranslations('programme.conflicts');
  const { conflicts, titles } = await listConflicts(event);
  const title = (id: string) => localized(titles.get(id), locale, event.languages);
  return (
    <div className="space-y-4">
      <h2 className="text-xl font-semibold">{t('staff.nav.conflicts')}</h2>
      <ProgrammeSubnav slug={slug} current="conflicts" />
      {conflicts.length === 0 ? (
        <p data-testid="no-conflicts">{t('staff.noConflicts')}</p>
      ) : (
        <div data-testid="conflict-list">
          <p className="mb-2">{t('staff.openConflicts', { count: conflicts.length })}</p>
          <ConflictItems
            conflicts={conflicts}
            title={title}
            t={(k, v) => tc(k as never, v as never)}
            link={(id, text) => (
              <Link href={`/staff/events/${slug}/programme/sessions/${id}`} className="font-medium text-brand-700 underline">
                {text}
              </Link>
            )}
          />
        </div>
      )}
    </div>
  );
}
