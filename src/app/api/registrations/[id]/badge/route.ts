import { userRoute } from '@/features/auth/clients';
import { exportOwnBadge } from '@/features/badges/service';

export const dynamic = 'force-dynamic';

/** The signed-in delegate's own badge (PDF with the check-in QR code), once approved. */
export const GET = userRoute<{ id: string }>((request, { params }) => exportOwnBadge(params.id, new URL(request.url).searchParams));
