import { handleRoute } from '@/lib/route';
import { exportMembers } from '@/features/delegations/export-service';

export const dynamic = 'force-dynamic';

/** A delegation's member list (CSV or XLSX): its head, or staff. No sensitive column. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleRoute(() => exportMembers(id, new URL(request.url).searchParams));
}
