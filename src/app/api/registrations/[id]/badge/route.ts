import { exportOwnBadge } from '@/features/badges/service';
import { handleRoute } from '@/lib/route';

export const dynamic = 'force-dynamic';

/** The signed-in delegate's own badge (PDF with the check-in QR code), once approved. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleRoute(() => exportOwnBadge(id, new URL(request.url).searchParams));
}
