import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { Badge } from '@/components/ui/card';
import { formatDayRange } from '@/lib/dates';
import { localized, localizedLang } from '@/lib/i18n/localized';
import type { AppLocale } from '@/lib/i18n/locales';
import { countryName } from '@/lib/geo';
import type { EventStatus, Locale } from '@/lib/db-types';
import { registrationWindow } from '../policy';

export type EventCardData = {
  slug: string;
  title: unknown;
  city: string;
  country: string;
  startDate: Date;
  endDate: Date;
  status: EventStatus;
  languages: Locale[];
  registrationOpensAt: Date;
  registrationClosesAt: Date;
};

export async function EventCard({ event, locale }: { event: EventCardData; locale: AppLocale }) {
  const t = await getTranslations('event');
  const window = registrationWindow(event);
  const title = localized(event.title, locale, event.languages);
  return (
    <article className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <h3 className="text-lg font-semibold" lang={localizedLang(event.title, locale, event.languages)}>
        <Link href={`/events/${event.slug}`} className="text-brand-700 underline-offset-4 hover:underline">
          {title}
        </Link>
      </h3>
      <p className="text-stone-700">
        {event.city}, {countryName(event.country, locale)} · {formatDayRange(event.startDate, event.endDate, locale)}
      </p>
      <p className="mt-2">
        <Badge tone={window === 'open' ? 'green' : 'neutral'}>{t(`window.${window}`)}</Badge>
      </p>
    </article>
  );
}
