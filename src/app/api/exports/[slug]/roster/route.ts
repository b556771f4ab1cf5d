import { exportRoster } from '@/features/exports/service-lists';
import { handleRoute } from '@/lib/route';

export const dynamic = 'force-dynamic';

/** Delegation roster: quota use and members (CSV or XLSX, staff). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return handleRoute(() => exportRoster(slug, new URL(request.url).searchParams));
}
