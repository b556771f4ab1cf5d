import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localized } from '@/lib/i18n/localized';
import { localeParam } from '@/lib/i18n/params';
import { conflictInputs, listDelegationOptions, listRooms, listTracks } from '@/features/programme/data';
import { languageChoices, newSessionDefaults } from '@/features/programme/form-defaults';
import { loadStaffProgrammeEvent } from '@/features/programme/loaders';
import { ProgrammeSubnav } from '@/features/programme/components/staff-subnav';
import { SessionForm } from '@/features/programme/components/session-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('programme'))('staff.newSession') };
}

export default async function NewSessionPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const locale = await localeParam(params);
  const { slug } = await params;
  const { event } = await loadStaffProgrammeEvent(locale, slug, '/sessions/new');
  const t = await getTranslations('programme');
  const [rooms, tracks, delegations, { sessions }] = await Promise.all([listRooms(event.id), listTracks(event.id), listDelegationOptions(event.id), conflictInputs(event.id)]);
  return (
    <div className="space-y-4">
      <h2 className="text-xl font-semibold">{t('staff.newSession')}</h2>
      <ProgrammeSubnav slug={slug} current="sessions" />
      <p className="text-sm text-stone-700">{t('form.zoneNote', { zone: event.timeZone })}</p>
      <SessionForm
        eventId={event.id}
        slug={slug}
        eventLanguages={event.languages}
        defaults={newSessionDefaults(event)}
        rooms={rooms.map((r) => ({ id: r.id, name: r.name, capacity: r.capacity }))}
        tracks={tracks.map((tr) => ({ id: tr.id, name: localized(tr.name, locale, event.languages) }))}
        delegations={delegations}
        languageChoices={languageChoices(event.languages)}
        titles={Object.fromEntries(sessions.map((s) => [s.id, localized(s.title, locale, event.languages)]))}
      />
    </div>
  );
}
