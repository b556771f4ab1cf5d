import type { Metadata } from 'next';
import { getActor } from '@/features/auth/data';
import { EventView, eventMetadata } from '../../../_views/event';

type Props = { params: Promise<{ locale: string; slug: string }> };

// Signed-in visitors; anonymous ones get the cached (anon)/public-view copy (src/proxy.ts).
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return eventMetadata({ params }, await getActor());
}

export default async function EventPage({ params }: Props) {
  return <EventView params={params} actor={await getActor()} />;
}
