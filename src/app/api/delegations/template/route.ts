import { userRoute } from '@/features/auth/clients';
import { importTemplate } from '@/features/delegations/export-service';

export const dynamic = 'force-dynamic';

/** The member import template (?format=csv|xlsx); signed-in users, it holds no data. */
export const GET = userRoute((request) => importTemplate(new URL(request.url).searchParams));
