import { isLocale, type AppLocale } from '@/lib/i18n/locales';
import { getActor } from '@/features/auth/data';
import { findRegistrationForConfirmation } from '@/features/registrations/data';
import { renderConfirmationPdf } from '@/features/registrations/pdf';

export const dynamic = 'force-dynamic';

/** The registration confirmation (PDF): the owner and staff; 404 for anyone else, signed in or not. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const notFound = () => new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  if (!actor || id.length > 64) return notFound();
  const registration = await findRegistrationForConfirmation(actor, id);
  if (!registration || registration.status === 'CANCELLED') return notFound();
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
}
