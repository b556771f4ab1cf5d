import { userRoute } from '@/features/auth/clients';
import { exportMembers } from '@/features/delegations/export-service';

export const dynamic = 'force-dynamic';

/** A delegation's member list (CSV or XLSX): its head (scoped load), or staff. No sensitive column. */
export const GET = userRoute<{ id: string }>((request, { params }) => exportMembers(params.id, new URL(request.url).searchParams));
