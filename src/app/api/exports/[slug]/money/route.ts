import { secretariatRoute } from '@/features/auth/clients';
import { bulkMoneyResponse } from '@/features/money/service';

export const dynamic = 'force-dynamic';

/** Every receipt (`?kind=receipts`) or open invoice (`?kind=invoices`) of an event in one PDF (secretariat). */
export const GET = secretariatRoute<{ slug: string }>((request, { actor, params }) => bulkMoneyResponse(request, actor, params.slug));
