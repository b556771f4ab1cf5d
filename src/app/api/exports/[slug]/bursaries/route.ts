import { secretariatRoute } from '@/features/auth/clients';
import { exportBursaries } from '@/features/bursaries/export';

export const dynamic = 'force-dynamic';

/** Bursary requests and decisions for the accountants (CSV or XLSX, secretariat). */
export const GET = secretariatRoute<{ slug: string }>(async (request, { actor, params }) => exportBursaries(actor, params.slug, new URL(request.url).searchParams));
