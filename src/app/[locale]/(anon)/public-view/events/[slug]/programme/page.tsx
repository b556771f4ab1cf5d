import type { Metadata } from 'next';
import { ProgrammeView, programmeMetadata } from '../../../../../_views/programme';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const revalidate = 5; // seconds; = PUBLIC_REVALIDATE_S (a literal: Next reads it at build time)
export const dynamicParams = true;
// No request data here (cookies, headers read as empty): the page is the same for every anonymous visitor.
export const dynamic = 'force-static';
export function generateStaticParams() {
  return [];
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return programmeMetadata({ params }, null);
}

/** Unfiltered only: a filtered programme (?day=…) is the dynamic page (src/proxy.ts). */
export default function AnonymousProgrammePage({ params }: Props) {
  return <ProgrammeView params={params} searchParams={Promise.resolve({})} actor={null} />;
}
