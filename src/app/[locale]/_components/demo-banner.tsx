import { getTranslations } from 'next-intl/server';
import { isDemoMode } from '@/lib/env';

/** On every page while the app runs in demo mode (`npm run demo`): staff can read secret links. */
export async function DemoBanner() {
  if (!isDemoMode()) return null;
  const t = await getTranslations('trust');
  return (
    <aside aria-label={t('demoBannerLabel')} data-testid="demo-banner" className="border-b-2 border-amber-700 bg-amber-100 px-4 py-2 text-center text-sm font-medium text-amber-950">
      {t('demoBanner')}
    </aside>
  );
}
