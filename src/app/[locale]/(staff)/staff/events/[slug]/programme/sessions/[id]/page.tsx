import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localized } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { localeParam } from '@/lib/i18n/params';
import { conflictInputs, findSessionForEdit, listDelegationOptions, listRooms, listTracks } from '@/features/programme/data';
import { editSessionDefaults, languageChoices } from '@/features/programme/form-defaults';
import { loadStaffProgrammeEvent } from '@/features/programme/loaders';
import { ProgrammeSubnav } from '@/features/programme/components/staff-subnav';
import { SessionForm } from '@/features/programme/components/session-form';
import { DeleteSessionButton } from '@/features/programme/components/delete-session-button';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('programme'))('staff.editSession') };
}

export default async function EditSessionPage({ params }: { params: Promise<{ locale: string; slug: string; id: string }> }) {
  const locale = await localeParam(params);
  const { slug, id } = await params;
  const { event } = await loadStaffProgrammeEvent(locale, slug, `/sessions/${id}`);
  const t = await getTranslations('programme');
  const session = await findSessionForEdit(event.id, id);
  if (!session) notFound();
  const [rooms, tracks, delegations, { sessions }] = await Promise.all([listRooms(event.id), listTracks(event.id), listDelegationOptions(event.id), conflictInputs(event.id)]);
  return (
    <div className="space-y-4">
      <h2 className="text-xl font-semibold">
        {t('staff.editSession')} — {localized(session.title, locale, event.languages)}
      </h2>
      <ProgrammeSubnav slug={slug} current="sessions" />
      <p className="text-sm">
        <Link href={`/events/${slug}/programme/${session.id}`} className="text-brand-700 underline">
          {t('staff.viewPublic')}
        </Link>
      </p>
      <p className="text-sm text-stone-700">{t('form.zoneNote', { zone: event.timeZone })}</p>
      <SessionForm
        eventId={event.id}
        slug={slug}
        eventLanguages={event.languages}
        defaults={editSessionDefaults(event, session)}
        rooms={rooms.map((r) => ({ id: r.id, name: r.name, capacity: r.capacity }))}
        tracks={tracks.map((tr) => ({ id: tr.id, name: localized(tr.name, locale, event.languages) }))}
        delegations={delegations}
        languageChoices={languageChoices(event.languages, [...session.workingLanguages, ...session.interpretationLanguages])}
        titles={Object.fromEntries(sessions.map((s) => [s.id, localized(s.title, locale, event.languages)]))}
      />
      <DeleteSessionButton eventId={event.id} sessionId={session.id} slug={slug} />
    </div>
  );
}
