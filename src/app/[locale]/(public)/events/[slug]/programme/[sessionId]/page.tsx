import type { Metadata } from 'next';
import { getActor } from '@/features/auth/data';
import { SessionView, sessionMetadata } from '../../../../../_views/session';

type Props = { params: Promise<{ locale: string; slug: string; sessionId: string }> };

// Signed-in visitors; anonymous ones get the cached (anon)/public-view copy (src/proxy.ts).
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sessionMetadata({ params }, await getActor());
}

export default async function SessionPage({ params }: Props) {
  return <SessionView params={params} actor={await getActor()} />;
}
