import { HomeView } from '../../_views/home';

export default function AnonymousHomePage({ params }: { params: Promise<{ locale: string }> }) {
  return <HomeView params={params} searchParams={Promise.resolve({})} actor={null} />;
}
