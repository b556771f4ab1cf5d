import { checkDatabase } from '@/features/health/data';

export const dynamic = 'force-dynamic';

/** For load balancers: 200 when the database answers. */
export async function GET() {
  const ok = await checkDatabase();
  return Response.json({ ok }, { status: ok ? 200 : 503 });
}
