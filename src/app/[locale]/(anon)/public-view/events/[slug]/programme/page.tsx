import type { Metadata } from 'next';
import { ProgrammeView, programmeMetadata } from '../../../../../_views/programme';

type Props = { params: Promise<{ locale: string; slug: string }> };

// Rendered on first request, then cached (the segment config is in public-view/layout.tsx).
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
