import { HomeView } from '../../_views/home';

export const revalidate = 5; // seconds; = PUBLIC_REVALIDATE_S (a literal: Next reads it at build time)
export const dynamicParams = true;
// No request data here (cookies, headers read as empty): the page is the same for every anonymous visitor.
export const dynamic = 'force-static';
export function generateStaticParams() {
  return [];
}

export default function AnonymousHomePage({ params }: { params: Promise<{ locale: string }> }) {
  return <HomeView params={params} searchParams={Promise.resolve({})} actor={null} />;
}
