import { isLocale, type AppLocale } from '@/lib/i18n/locales';
import { userRoute } from '@/features/auth/clients';
import { collectPersonalData } from '@/features/personal-data/data';
import { renderPersonalDataPdf } from '@/features/personal-data/pdf';

export const dynamic = 'force-dynamic';

/** "My data" as a readable PDF, in the asked language (else the account's). */
export const GET = userRoute(async (request, { actor }) => {
  const data = await collectPersonalData(actor.id);
  if (!data) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const wanted = new URL(request.url).searchParams.get('locale');
  const locale: AppLocale = isLocale(wanted) ? wanted : isLocale(actor.locale) ? actor.locale : 'fr';
  const pdf = await renderPersonalDataPdf(data, locale);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="rencontre-my-data-${day}.pdf"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
