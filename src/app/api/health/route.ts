import { publicRoute } from '@/features/auth/clients';
import { checkDatabase } from '@/features/health/data';

export const dynamic = 'force-dynamic';

/** For load balancers: 200 when the database answers. */
export const GET = publicRoute(async () => {
  const ok = await checkDatabase();
  return Response.json({ ok }, { status: ok ? 200 : 503 });
});
