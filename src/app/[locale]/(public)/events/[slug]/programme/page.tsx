import type { Metadata } from 'next';
import { getActor } from '@/features/auth/data';
import { ProgrammeView, programmeMetadata } from '../../../../_views/programme';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Signed-in visitors and filtered views; anonymous unfiltered ones get the cached (anon)/public-view copy (src/proxy.ts).
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return programmeMetadata({ params }, await getActor());
}

export default async function ProgrammePage({ params, searchParams }: Props) {
  return <ProgrammeView params={params} searchParams={searchParams} actor={await getActor()} />;
}
