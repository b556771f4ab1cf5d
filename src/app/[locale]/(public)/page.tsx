import { getActor } from '@/features/auth/data';
import { HomeView } from '../_views/home';

// Signed-in visitors (and any query string); anonymous ones get the cached (anon)/public-view copy (src/proxy.ts).
export default async function HomePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ accountDeleted?: string }> }) {
  return <HomeView params={params} searchParams={searchParams} actor={await getActor()} />;
}
