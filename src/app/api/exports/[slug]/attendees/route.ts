import { exportAttendees } from '@/features/exports/service';
import { handleRoute } from '@/lib/route';

export const dynamic = 'force-dynamic';

/** Streams the filtered attendee list as CSV, XLSX or PDF (staff; sensitive columns: secretariat). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return handleRoute(() => exportAttendees(slug, new URL(request.url).searchParams));
}
