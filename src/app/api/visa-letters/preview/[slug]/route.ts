import { refuse, secretariatRoute } from '@/features/auth/clients';
import { findLetterEvent } from '@/features/visa-letters/data';
import { previewPdf } from '@/features/visa-letters/letter-service';
import { isLocale } from '@/lib/i18n/locales';

export const dynamic = 'force-dynamic';

/** The letter template drawn with sample data, in `?locale=` (secretariat only). */
export const GET = secretariatRoute<{ slug: string }>(async (request, { params }) => {
  const event = await findLetterEvent(params.slug);
  if (!event) refuse();
  const wanted = new URL(request.url).searchParams.get('locale');
  const locale = isLocale(wanted) ? wanted : (event.languages[0] ?? 'fr');
  const pdf = await previewPdf(event, locale);
  return new Response(new Uint8Array(pdf), {
    headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="${event.code}-preview.pdf"`, 'Cache-Control': 'private, no-store' },
  });
});
