import type { Metadata } from 'next';
import { SessionView, sessionMetadata } from '../../../../../../_views/session';

type Props = { params: Promise<{ locale: string; slug: string; sessionId: string }> };

// Rendered on first request, then cached (the segment config is in public-view/layout.tsx).
export function generateStaticParams() {
  return [];
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return sessionMetadata({ params }, null);
}

export default function AnonymousSessionPage({ params }: Props) {
  return <SessionView params={params} actor={null} />;
}
