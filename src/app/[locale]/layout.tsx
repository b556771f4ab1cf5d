import type { ReactNode } from 'react';
import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/lib/i18n/routing';
import { DemoBanner } from './_components/demo-banner';
import { ClientMessages } from './_components/client-messages';
import '../globals.css';

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : 'fr', namespace: 'common' });
  return { title: { default: t('appName'), template: `%s · ${t('appName')}` }, description: t('tagline') };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('common');
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {/* Only the namespaces every page's client components use; route groups add theirs (ClientMessages). */}
        <ClientMessages set="base">
          <DemoBanner />
          {/* Header and <main>: each route group's layout (_components/site-chrome.tsx). */}
          {children}
          <footer className="border-t border-stone-200 bg-white">
            <p className="mx-auto max-w-5xl px-4 py-4 text-sm text-stone-700">{t('footer')}</p>
          </footer>
        </ClientMessages>
      </body>
    </html>
  );
}
