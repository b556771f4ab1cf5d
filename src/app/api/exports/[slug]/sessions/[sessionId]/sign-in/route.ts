import { exportSignInSheet } from '@/features/exports/service';
import { handleRoute } from '@/lib/route';

export const dynamic = 'force-dynamic';

/** A session's printable sign-in sheet (PDF, staff). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; sessionId: string }> }) {
  const { slug, sessionId } = await params;
  return handleRoute(() => exportSignInSheet(slug, sessionId, new URL(request.url).searchParams));
}
