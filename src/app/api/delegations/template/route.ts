import { handleRoute } from '@/lib/route';
import { importTemplate } from '@/features/delegations/export-service';

export const dynamic = 'force-dynamic';

/** The member import template (?format=csv|xlsx). */
export async function GET(request: Request) {
  return handleRoute(() => importTemplate(new URL(request.url).searchParams));
}
