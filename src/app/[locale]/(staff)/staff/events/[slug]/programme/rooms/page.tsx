import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { localeParam } from '@/lib/i18n/params';
import { listRooms } from '@/features/programme/data';
import { loadStaffProgrammeEvent } from '@/features/programme/loaders';
import { ProgrammeSubnav } from '@/features/programme/components/staff-subnav';
import { RoomForm } from '@/features/programme/components/room-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('programme'))('staff.nav.rooms') };
}

export default async function RoomsPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const locale = await localeParam(params);
  const { slug } = await params;
  const { event } = await loadStaffProgrammeEvent(locale, slug, '/rooms');
  const t = await getTranslations('programme');
  const rooms = await listRooms(event.id);
  return (
    <div className="space-y-4">
      <h2 className="text-xl font-semibold">{t('staff.nav.rooms')}</h2>
      <ProgrammeSubnav slug={slug} current="rooms" />
      <Card>
        <h3 className="mb-3 text-lg font-semibold">{t('rooms.new')}</h3>
        <RoomForm eventId={event.id} />
      </Card>
      <ul className="space-y-2">
        {rooms.map((room) => (
          <li key={room.id} data-testid="room-item">
            <details className="rounded-lg border border-stone-200 bg-white p-3">
              <summary className="min-h-11 cursor-pointer py-2 font-medium">
                {t('rooms.summary', { name: room.name, capacity: room.capacity, booths: room.interpretationBooths, sessions: room._count.sessions })}
              </summary>
              <div className="pt-3">
                <RoomForm eventId={event.id} room={room} />
              </div>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
