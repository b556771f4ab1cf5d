import 'server-only';
import type { AppLocale } from '@/lib/i18n/locales';
import { localized } from '@/lib/i18n/localized';
import { translatorFor } from '@/lib/i18n/translator';
import { minorDigits } from '@/features/registrations/form-values';
import { findLetterSettingsWithImages, type LetterEvent, type LetterForPdf } from './data';
import { verificationUrl } from './mutations';
import { renderLetterPdf, templateValues } from './pdf';

/** The event's template in the letter's language, else the built-in text in that language (never a mix of languages). */
async function templateFor(templates: unknown, locale: AppLocale): Promise<string> {
  const own = localized(templates, locale, []);
  if (own) return own;
  const t = await translatorFor(locale);
  return t.raw('visaLetters.defaultTemplate' as never) as string;
}

async function supportText(locale: AppLocale, status: string | null, grantedMinor: number | null, currency: string): Promise<string> {
  if (!grantedMinor || (status !== 'GRANTED' && status !== 'PARTIAL')) return '';
  const amount = new Intl.NumberFormat(locale, { style: 'currency', currency }).format(grantedMinor / 10 ** minorDigits(currency));
  const t = await translatorFor(locale);
  return t('visaLetters.pdf.support' as never, { amount } as never) as string;
}

/** The PDF of an issued letter (its data decrypted for the drawing only). */
export async function letterPdf(letter: LetterForPdf): Promise<Buffer> {
  const settings = await findLetterSettingsWithImages(letter.event.id);
  const locale = letter.locale;
  const r = letter.registration;
  return renderLetterPdf({
    number: letter.number,
    issuedAt: letter.issuedAt,
    locale,
    verifyUrl: verificationUrl(letter.code),
    template: await templateFor(settings?.templates, locale),
    values: templateValues({
      locale, holderName: letter.holderName, nationality: letter.nationality, organization: r.organization,
      passportNumber: r.passportNumber, passportExpiry: r.passportExpiry, dateOfBirth: r.dateOfBirth, event: letter.event,
      support: await supportText(locale, r.bursaryStatus, r.bursaryGrantedMinor, letter.event.currency),
    }),
    event: letter.event,
    signatoryName: settings?.signatoryName ?? '',
    signatoryTitle: settings?.signatoryTitle ?? '',
    images: { signature: settings?.signature ?? null, logo: settings?.logo ?? null },
  });
}

/** A preview with sample data (nothing real, no number reserved). */
export async function previewPdf(event: LetterEvent, locale: AppLocale): Promise<Buffer> {
  const settings = await findLetterSettingsWithImages(event.id);
  const t = await translatorFor(locale);
  const sample = (key: string) => t(`visaLetters.sample.${key}` as never) as string;
  return renderLetterPdf({
    number: `${event.code}-VL-00000`,
    issuedAt: new Date(),
    locale,
    verifyUrl: verificationUrl('AAAAAAAAAAAAAAAAAAAAAA'),
    template: await templateFor(settings?.templates, locale),
    values: templateValues({
      locale, holderName: 'Nguyễn Thị Hương · عائشة · 王芳', nationality: 'VN', organization: sample('organization'),
      passportNumber: 'X0000000', passportExpiry: new Date(Date.UTC(2035, 0, 31)), dateOfBirth: new Date(Date.UTC(1980, 4, 17)), event,
      support: await supportText(locale, 'PARTIAL', 50_000 * 10 ** minorDigits(event.currency), event.currency),
    }),
    event,
    signatoryName: settings?.signatoryName ?? '',
    signatoryTitle: settings?.signatoryTitle ?? '',
    images: { signature: settings?.signature ?? null, logo: settings?.logo ?? null },
    preview: true,
  });
}
