import { staffRoute } from '@/features/auth/clients';
import { exportAttendees } from '@/features/exports/service';

export const dynamic = 'force-dynamic';

/** Streams the filtered attendee list as CSV, XLSX or PDF (staff; sensitive columns: secretariat). */
export const GET = staffRoute<{ slug: string }>((request, { params }) => exportAttendees(params.slug, new URL(request.url).searchParams));
