import { staffRoute } from '@/features/auth/clients';
import { exportLogistics } from '@/features/exports/service-lists';

export const dynamic = 'force-dynamic';

/** Arrivals and departures per day, accommodation needs and the people behind them (XLSX, staff). */
export const GET = staffRoute<{ slug: string }>((request, { params }) => exportLogistics(params.slug, new URL(request.url).searchParams));
