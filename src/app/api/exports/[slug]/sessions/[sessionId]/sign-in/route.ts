import { staffRoute } from '@/features/auth/clients';
import { exportSignInSheet } from '@/features/exports/service';

export const dynamic = 'force-dynamic';

/** A session's printable sign-in sheet (PDF, staff). */
export const GET = staffRoute<{ slug: string; sessionId: string }>((request, { params }) =>
  exportSignInSheet(params.slug, params.sessionId, new URL(request.url).searchParams),
);
