import 'server-only';
import { countryName } from '@/lib/geo';
import { formatDayRange, formatInstant } from '@/lib/dates';
import { localized } from '@/lib/i18n/localized';
import type { AppLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
// Fonts: Noto Sans (+ Arabic, SC, KR) from npm, shared with the exports' PDFs
// (see that file for the choice); names in any script print correctly.
import { createPdf, drawLine } from '@/lib/pdf';
import type { findRegistrationForConfirmation } from './data';

type Confirmation = NonNullable<Awaited<ReturnType<typeof findRegistrationForConfirmation>>>;

/** The one-page confirmation as a PDF buffer (no sensitive data is printed). */
export async function renderConfirmationPdf(r: Confirmation, locale: AppLocale): Promise<Buffer> {
  const t = await translatorFor(locale);
  const tr = (key: string, params?: Record<string, string>) => t(`registration.${key}` as never, params as never) as string;
  const doc = createPdf({ info: { Title: `${tr('pdf.title')} ${r.referenceNumber}` } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 72;
  let y = 48;
  drawLine(doc, tr('pdf.title'), 36, y, width, { size: 20, bold: true });
  y += 34;
  drawLine(doc, localized(r.event.title, locale, r.event.languages), 36, y, width, { size: 12 });
  y += 20;
  drawLine(doc, `${r.event.city}, ${countryName(r.event.country, locale)} · ${formatDayRange(r.event.startDate, r.event.endDate, locale)}`, 36, y, width, { size: 11 });
  y += 36;
  const rows: [string, string][] = [
    [tr('pdf.reference'), r.referenceNumber],
    [tr('pdf.status'), tr(`statuses.${r.status}`)],
    [tr('pdf.name'), `${r.firstName} ${r.lastName}`],
    [tr('pdf.organization'), r.organization],
    [tr('pdf.country'), countryName(r.country, locale)],
    [tr('pdf.participantType'), tr(`participantTypes.${r.participantType}`)],
    [tr('pdf.submittedAt'), formatInstant(r.submittedAt, locale, r.event.timeZone)],
  ];
  for (const [label, value] of rows) {
    drawLine(doc, label, 36, y, 150, { size: 11, bold: true });
    drawLine(doc, value, 196, y, width - 160, { size: 11 });
    y += 22;
  }
  y += 20;
  drawLine(doc, tr('pdf.generated', { date: formatInstant(new Date(), locale, r.event.timeZone) }), 36, y, width, { size: 9 });
  doc.end();
  return done;
}
