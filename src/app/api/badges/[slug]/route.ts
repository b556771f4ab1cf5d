import { exportBadges } from '@/features/badges/service';
import { handleRoute } from '@/lib/route';

export const dynamic = 'force-dynamic';

/** Badges with signed QR codes, for one registration or a filtered list (PDF, staff). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return handleRoute(() => exportBadges(slug, new URL(request.url).searchParams));
}
