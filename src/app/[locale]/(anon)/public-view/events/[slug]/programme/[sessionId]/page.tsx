import type { Metadata } from 'next';
import { SessionView, sessionMetadata } from '../../../../../../_views/session';

type Props = { params: Promise<{ locale: string; slug: string; sessionId: string }> };

export const revalidate = 5; // seconds; = PUBLIC_REVALIDATE_S (a literal: Next reads it at build time)
export const dynamicParams = true;
// No request data here (cookies, headers read as empty): the page is the same for every anonymous visitor.
export const dynamic = 'force-static';
export function generateStaticParams() {
  return [];
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return sessionMetadata({ params }, null);
}

export default function AnonymousSessionPage({ params }: Props) {
  return <SessionView params={params} actor={null} />;
}
