import 'server-only';
import { formatInstant } from '@/lib/dates';
import { localized } from '@/lib/i18n/localized';
import type { AppLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
// Noto fonts from npm (src/lib/pdf.ts): names in any script print correctly.
import { createPdf, drawLine } from '@/lib/pdf';
import type { PersonalData } from './data';
import { ANSWER_FIELDS, consentContextKey, showValue } from './format';

/**
 * "My data" as a readable PDF: the same sections as the page, one line per
 * value (long texts are cut with "…"; the JSON download holds them whole).
 */
export async function renderPersonalDataPdf(data: PersonalData, locale: AppLocale): Promise<Buffer> {
  const t = await translatorFor(locale);
  const tr = (key: string, params?: Record<string, string>) => t(key as never, params as never) as string;
  const doc = createPdf({ info: { Title: tr('myData.title') } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 72;
  let y = 48;
  const room = (h: number) => {
    if (y + h > doc.page.height - 48) {
      doc.addPage();
      y = 48;
    }
  };
  const heading = (text: string, size = 14) => {
    room(40);
    y += 10;
    drawLine(doc, text, 36, y, width, { size, bold: true });
    y += size + 10;
  };
  const row = (label: string, value: string) => {
    room(16);
    drawLine(doc, label, 36, y, 170, { size: 9, bold: true });
    drawLine(doc, value, 216, y, width - 180, { size: 9 });
    y += 14;
  };
  const yesNo = (v: boolean) => tr(v ? 'registration.yes' : 'registration.no');
  const title = (value: unknown) => localized(value, locale, ['fr', 'en', 'es', 'pt']);
  const at = (d: Date, tz = 'UTC') => formatInstant(d, locale, tz);

  drawLine(doc, tr('myData.title'), 36, y, width, { size: 20, bold: true });
  y += 30;
  heading(tr('myData.sections.account'));
  row(tr('myData.account.name'), data.account.name);
  row(tr('myData.account.email'), data.account.email);
  row(tr('myData.account.language'), data.account.locale);
  row(tr('myData.account.createdAt'), at(data.account.createdAt));

  heading(tr('myData.sections.registrations'));
  if (data.registrations.length === 0) row('—', tr('myData.none'));
  for (const r of data.registrations) {
    heading(`${title(r.event.title)} — ${r.referenceNumber} (${tr(`registration.statuses.${r.status}`)})`, 11);
    for (const field of ANSWER_FIELDS) row(tr(`registration.fields.${field}`), showValue(r[field], field, locale, r.event.timeZone, yesNo));
    row(tr('myData.registration.customAnswers'), showValue(r.customAnswers, 'customAnswers', locale, r.event.timeZone, yesNo));
    row(tr('myData.registration.delegation'), r.delegation?.name ?? '—');
    for (const e of r.enrollments) row(tr('myData.enrolments.session'), `${title(e.session.title)} · ${at(e.session.startsAt, r.event.timeZone)} · ${e.status}`);
  }

  heading(tr('myData.sections.consents'));
  if (data.consents.length === 0) row('—', tr('myData.none'));
  for (const c of data.consents) row(at(c.createdAt), `${c.event ? title(c.event.title) : '—'} · ${c.noticeVersion} · ${tr(`myData.consents.contexts.${consentContextKey(c.context)}`)}`);

  heading(tr('myData.sections.emails'));
  if (data.emails.length === 0) row('—', tr('myData.none'));
  for (const m of data.emails) row(at(m.createdAt), `${m.subject} · ${m.status}`);

  heading(tr('myData.sections.audit'));
  if (data.auditAboutMe.length === 0) row('—', tr('myData.none'));
  for (const a of data.auditAboutMe) row(at(a.createdAt), `${a.action} · ${tr(`myData.audit.byWhom.${a.by}`)}`);

  room(30);
  y += 16;
  drawLine(doc, tr('myData.jsonHasMore'), 36, y, width, { size: 8 });
  doc.end();
  return done;
}
