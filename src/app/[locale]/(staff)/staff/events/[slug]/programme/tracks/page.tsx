import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { localized } from '@/lib/i18n/localized';
import { localeParam } from '@/lib/i18n/params';
import { listTracks } from '@/features/programme/data';
import { loadStaffProgrammeEvent } from '@/features/programme/loaders';
import { ProgrammeSubnav } from '@/features/programme/components/staff-subnav';
import { TrackForm } from '@/features/programme/components/track-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('programme'))('staff.nav.tracks') };
}

export default async function TracksPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const locale = await localeParam(params);
  const { slug } = await params;
  const { event } = await loadStaffProgrammeEvent(locale, slug, '/tracks');
  const t = await getTranslations('programme');
  const tracks = await listTracks(event.id);
  return (
    <div className="space-y-4">
      <h2 className="text-xl font-semibold">{t('staff.nav.tracks')}</h2>
      <ProgrammeSubnav slug={slug} current="tracks" />
      <Card>
        <h3 className="mb-3 text-lg font-semibold">{t('tracks.new')}</h3>
        <TrackForm eventId={event.id} />
      </Card>
      <ul className="space-y-2">
        {tracks.map((track) => (
          <li key={track.id}>
            <details className="rounded-lg border border-stone-200 bg-white p-3" style={{ borderLeft: `6px solid ${track.color}` }}>
              <summary className="min-h-11 cursor-pointer py-2 font-medium">
                {t('tracks.summary', { name: localized(track.name, locale, event.languages), sessions: track._count.sessions })}
              </summary>
              <div className="pt-3">
                <TrackForm eventId={event.id} track={{ id: track.id, color: track.color, name: (track.name ?? {}) as Record<string, string> }} />
              </div>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
