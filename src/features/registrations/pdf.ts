import 'server-only';
import QRCode from 'qrcode';
import { countryName } from '@/lib/geo';
import { formatDayRange, formatInstant } from '@/lib/dates';
import { localized } from '@/lib/i18n/localized';
import type { AppLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { fullName } from '@/lib/names';
// Fonts: Noto Sans (+ Arabic, SC, KR) from npm, shared with the exports' PDFs
// (see that file for the choice); names in any script print correctly, and the
// text layer keeps every diacritic ("Nguyễn Thị Minh Khai").
import { createPdf, drawLine } from '@/lib/pdf';
import { signBadgeToken } from '@/features/badges/token';
import type { findRegistrationForConfirmation } from './data';

type Confirmation = NonNullable<Awaited<ReturnType<typeof findRegistrationForConfirmation>>>;

/**
 * The one-page confirmation a delegate shows at a consulate or at the door: who,
 * which delegation, where and when, the sessions they hold a seat in (times in
 * the event's zone), and the same signed QR code as the badge (check-in reads
 * it). No sensitive data is printed.
 */
export async function renderConfirmationPdf(r: Confirmation, locale: AppLocale): Promise<Buffer> {
  const t = await translatorFor(locale);
  const tr = (key: string, params?: Record<string, string>) => t(`registration.${key}` as never, params as never) as string;
  const tp = (key: string, params?: Record<string, string>) => t(`people.pdf.${key}` as never, params as never) as string;
  const doc = createPdf({ info: { Title: `${tr('pdf.title')} ${r.referenceNumber}` } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const zone = r.event.timeZone;
  const width = doc.page.width - 72;
  const qrSize = 120;
  const textWidth = width - qrSize - 16;
  let y = 48;
  drawLine(doc, tr('pdf.title'), 36, y, textWidth, { size: 20, bold: true });
  y += 34;
  drawLine(doc, localized(r.event.title, locale, r.event.languages), 36, y, textWidth, { size: 12 });
  y += 20;
  drawLine(doc, formatDayRange(r.event.startDate, r.event.endDate, locale), 36, y, textWidth, { size: 11 });
  const qr = await QRCode.toBuffer(signBadgeToken(r.id), { errorCorrectionLevel: 'M', margin: 1, width: 360 });
  doc.image(qr, 36 + width - qrSize, 40, { width: qrSize, height: qrSize });
  drawLine(doc, tp('qr'), 36 + width - qrSize, 40 + qrSize + 4, qrSize, { size: 8 });
  y = Math.max(y + 36, 40 + qrSize + 24);
  const rows: [string, string][] = [
    [tr('pdf.reference'), r.referenceNumber],
    [tr('pdf.status'), tr(`statuses.${r.status}`)],
    [tr('pdf.name'), fullName(r.firstName, r.lastName, r.nameOrder)],
    [tr('pdf.organization'), r.organization],
    [tr('pdf.country'), countryName(r.country, locale)],
    ...(r.delegation ? [[tp('delegation'), r.delegation.name] as [string, string]] : []),
    [tr('pdf.participantType'), tr(`participantTypes.${r.participantType}`)],
    [tp('venue'), `${r.event.city}, ${countryName(r.event.country, locale)}`],
    [tr('pdf.submittedAt'), formatInstant(r.submittedAt, locale, zone)],
  ];
  for (const [label, value] of rows) {
    drawLine(doc, label, 36, y, 150, { size: 11, bold: true });
    drawLine(doc, value, 196, y, width - 160, { size: 11 });
    y += 22;
  }
  y += 14;
  drawLine(doc, tp('workshops'), 36, y, width, { size: 13, bold: true });
  y += 20;
  drawLine(doc, tp('times', { zone }), 36, y, width, { size: 9 });
  y += 16;
  if (r.enrollments.length === 0) {
    drawLine(doc, tp('noWorkshops'), 36, y, width, { size: 11 });
    y += 20;
  }
  for (const { session } of r.enrollments) {
    if (y > doc.page.height - 90) break; // one page: the agenda holds the full list
    const when = `${formatInstant(session.startsAt, locale, zone, { zone: false })} – ${formatInstant(session.endsAt, locale, zone, { date: false, zone: false })}`;
    drawLine(doc, when, 36, y, 180, { size: 10 });
    drawLine(doc, localized(session.title, locale, r.event.languages), 220, y, width - 184, { size: 10, bold: true });
    y += 15;
    if (session.room) {
      drawLine(doc, [session.room.name, session.room.location].filter(Boolean).join(' · '), 220, y, width - 184, { size: 9 });
      y += 15;
    }
    y += 4;
  }
  y += 16;
  drawLine(doc, tr('pdf.generated', { date: formatInstant(new Date(), locale, zone) }), 36, y, width, { size: 9 });
  doc.end();
  return done;
}
