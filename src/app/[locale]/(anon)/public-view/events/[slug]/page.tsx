import type { Metadata } from 'next';
import { EventView, eventMetadata } from '../../../../_views/event';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const revalidate = 5; // seconds; = PUBLIC_REVALIDATE_S (a literal: Next reads it at build time)
export const dynamicParams = true;
// No request data here (cookies, headers read as empty): the page is the same for every anonymous visitor.
export const dynamic = 'force-static';
export function generateStaticParams() {
  return [];
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return eventMetadata({ params }, null);
}

export default function AnonymousEventPage({ params }: Props) {
  return <EventView params={params} actor={null} />;
}
