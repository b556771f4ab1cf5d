import { staffRoute } from '@/features/auth/clients';
import { exportRoster } from '@/features/exports/service-lists';

export const dynamic = 'force-dynamic';

/** Delegation roster: quota use and members (CSV or XLSX, staff). */
export const GET = staffRoute<{ slug: string }>((request, { params }) => exportRoster(params.slug, new URL(request.url).searchParams));
