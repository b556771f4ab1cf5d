import { refuse, userRoute } from '@/features/auth/clients';
import { findLetterForDownload } from '@/features/visa-letters/data';
import { letterPdf } from '@/features/visa-letters/letter-service';

export const dynamic = 'force-dynamic';

/** A valid visa letter (PDF): its holder, or the secretariat; 404 for anyone else and for a revoked letter. */
export const GET = userRoute<{ id: string }>(async (_request, { actor, params }) => {
  if (params.id.length > 64) refuse();
  const letter = await findLetterForDownload(actor, params.id);
  if (!letter) refuse();
  const pdf = await letterPdf(letter);
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${letter.number}.pdf"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
