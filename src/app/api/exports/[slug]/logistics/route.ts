import { exportLogistics } from '@/features/exports/service-lists';
import { handleRoute } from '@/lib/route';

export const dynamic = 'force-dynamic';

/** Arrivals and departures per day, accommodation needs and the people behind them (XLSX, staff). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return handleRoute(() => exportLogistics(slug, new URL(request.url).searchParams));
}
