import { staffRoute } from '@/features/auth/clients';
import { exportBadges } from '@/features/badges/service';

export const dynamic = 'force-dynamic';

/** Badges with signed QR codes, for one registration or a filtered list (PDF, staff). */
export const GET = staffRoute<{ slug: string }>((request, { params }) => exportBadges(params.slug, new URL(request.url).searchParams));
