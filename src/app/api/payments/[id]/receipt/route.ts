import { userRoute } from '@/features/auth/clients';
import { receiptResponse } from '@/features/money/service';

export const dynamic = 'force-dynamic';

/** Receipt of one payment (PDF): the payer and staff; 404 for anyone else. */
export const GET = userRoute<{ id: string }>((request, { actor, params }) => receiptResponse(request, actor, params.id));
