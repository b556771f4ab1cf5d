import { userRoute } from '@/features/auth/clients';
import { invoiceResponse } from '@/features/money/service';

export const dynamic = 'force-dynamic';

/** Pro-forma invoice (PDF): the owner and staff; 404 for anyone else. */
export const GET = userRoute<{ id: string }>((request, { actor, params }) => invoiceResponse(request, actor, params.id));
