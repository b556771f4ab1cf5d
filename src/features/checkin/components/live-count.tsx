'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';

/**
 * Checked-in / expected delegates, refreshed every 15 s from a tiny JSON
 * endpoint (no websockets: several app instances stay stateless). Polling
 * pauses while the tab is hidden.
 */
export function LiveCheckInCount({ eventSlug, initial }: { eventSlug: string; initial: { checkedIn: number; expected: number } }) {
  const t = useTranslations('checkin');
  const [counts, setCounts] = useState(initial);
  useEffect(() => {
    let stopped = false;
    const refresh = async () => {
      if (document.hidden) return;
      try {
        const res = await fetch(`/api/checkin/${eventSlug}/count`, { cache: 'no-store' });
        if (res.ok && !stopped) setCounts((await res.json()) as { checkedIn: number; expected: number });
      } catch {
        // offline for a moment: keep the last figures
      }
    };
    const id = window.setInterval(refresh, 15_000);
    return () => {
      stopped = true;
      window.clearInterval(id);
    };
  }, [eventSlug]);
  const percent = counts.expected > 0 ? Math.round((100 * counts.checkedIn) / counts.expected) : 0;
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-4" data-testid="live-count">
      <p className="text-sm font-medium text-stone-700">{t('count.label')}</p>
      <p className="text-3xl font-bold" aria-live="polite">
        {t('count.value', { checkedIn: counts.checkedIn, expected: counts.expected })}
      </p>
      <div className="mt-2 h-3 w-full rounded-full bg-stone-200" aria-hidden="true">
        <div className="h-3 rounded-full bg-brand-700" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
