import { userRoute } from '@/features/auth/clients';
import { collectPersonalData } from '@/features/personal-data/data';

export const dynamic = 'force-dynamic';

/** "My data" as JSON: everything held about the signed-in person, and nothing about anyone else. */
export const GET = userRoute(async (_request, { actor }) => {
  const data = await collectPersonalData(actor.id);
  if (!data) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="rencontre-my-data-${day}.json"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
