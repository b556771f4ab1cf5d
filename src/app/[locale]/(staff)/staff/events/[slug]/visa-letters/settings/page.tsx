import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { Link } from '@/lib/i18n/navigation';
import { LOCALES, type AppLocale } from '@/lib/i18n/locales';
import { localeParam } from '@/lib/i18n/params';
import { requireRolePage } from '@/features/auth/loaders';
import { findLetterEvent, findLetterSettings } from '@/features/visa-letters/data';
import { LetterImageForm, LetterSettingsForm } from '@/features/visa-letters/components/letter-settings-form';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('visaLetters'))('settings.title') };
}

/** Template per offered language, signatory, images, retention and previews (secretariat). */
export default async function LetterSettingsPage({ params }: Props) {
  const locale = await localeParam(params);
  const { slug } = await params;
  await requireRolePage(locale, `/staff/events/${slug}/visa-letters/settings`, 'SECRETARIAT');
  const event = await findLetterEvent(slug);
  if (!event) notFound();
  const settings = await findLetterSettings(event.id);
  const t = await getTranslations('visaLetters.settings');
  const tLang = await getTranslations('visaLetters.languages');
  const languageNames = Object.fromEntries(LOCALES.map((l) => [l, tLang(l)])) as Record<AppLocale, string>;
  const saved = (settings?.templates ?? {}) as Record<string, unknown>;
  const templates = Object.fromEntries(LOCALES.map((l) => [l, typeof saved[l] === 'string' ? saved[l] : ''])) as Record<AppLocale, string>;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-semibold">{t('title')}</h2>
        <Link href={`/staff/events/${slug}/visa-letters`} className="inline-flex min-h-11 items-center text-brand-700 underline">{t('back')}</Link>
      </div>
      <Card>
        <LetterSettingsForm
          languages={event.languages}
          languageNames={languageNames}
          initial={{ eventId: event.id, templates, signatoryName: settings?.signatoryName ?? '', signatoryTitle: settings?.signatoryTitle ?? '', retentionDays: String(settings?.retentionDays ?? 30) }}
        />
      </Card>
      <Card>
        <div className="grid gap-6 sm:grid-cols-2">
          <LetterImageForm eventId={event.id} kind="signature" current={settings?.signatureType ?? null} />
          <LetterImageForm eventId={event.id} kind="logo" current={settings?.logoType ?? null} />
        </div>
      </Card>
      <ul className="flex flex-wrap gap-3">
        {event.languages.map((l) => (
          <li key={l}>
            <a href={`/api/visa-letters/preview/${slug}?locale=${l}`} className="inline-flex min-h-11 items-center text-brand-700 underline" target="_blank" rel="noopener">
              {t('preview', { language: languageNames[l] })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
