import type { Metadata } from 'next';
import { EventView, eventMetadata } from '../../../../_views/event';

type Props = { params: Promise<{ locale: string; slug: string }> };

// Rendered on first request, then cached (the segment config is in public-view/layout.tsx).
export function generateStaticParams() {
  return [];
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return eventMetadata({ params }, null);
}

export default function AnonymousEventPage({ params }: Props) {
  return <EventView params={params} actor={null} />;
}
