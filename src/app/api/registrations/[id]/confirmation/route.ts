import { isLocale, type AppLocale } from '@/lib/i18n/locales';
import { AppError } from '@/lib/errors';
import { userRoute } from '@/features/auth/clients';
import { findRegistrationForConfirmation } from '@/features/registrations/data';
import { renderConfirmationPdf } from '@/features/registrations/pdf';

export const dynamic = 'force-dynamic';

/** The registration confirmation (PDF): the owner and staff (scoped load); 404 for anyone else. */
export const GET = userRoute<{ id: string }>(async (request, { actor, params }) => {
  if (params.id.length > 64) throw new AppError('NOT_FOUND');
  const registration = await findRegistrationForConfirmation(actor, params.id);
  if (!registration || registration.status === 'CANCELLED') throw new AppError('NOT_FOUND');
  const wanted = new URL(request.url).searchParams.get('locale');
  const locale: AppLocale = isLocale(wanted) ? wanted : isLocale(actor.locale) ? actor.locale : 'fr';
  const pdf = await renderConfirmationPdf(registration, locale);
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${registration.referenceNumber}.pdf"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
