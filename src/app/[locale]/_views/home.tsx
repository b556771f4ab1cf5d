import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { PageTitle } from '@/components/ui/card';
import { localeParam } from '@/lib/i18n/params';
import type { Actor } from '@/features/auth/data';
import { listVisibleEvents } from '@/features/events/data';
import { EventCard } from '@/features/events/components/event-card';
import { InvitationBanner } from '@/features/delegations/components/invitation-banner';
import { pendingForUser } from '@/features/delegations/pending/data';

// The home page's body, for the signed-in route and the anonymous, cached one (see src/proxy.ts).
export async function HomeView({ params, searchParams, actor }: { params: Promise<{ locale: string }>; searchParams: Promise<{ accountDeleted?: string }>; actor: Actor | null }) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const { accountDeleted } = await searchParams;
  const tData = await getTranslations('myData');
  const t = await getTranslations('home');
  const { upcoming, past } = await listVisibleEvents(actor?.role ?? null);
  // The invitation that brought this account, offered right after the first sign-in.
  const invitation = actor ? await pendingForUser(actor.id) : null;
  return (
    <div className="space-y-8">
      {accountDeleted ? (
        <Alert tone="success" live testId="account-deleted">
          {tData('delete.done')}
        </Alert>
      ) : null}
      <PageTitle lead={t('lead')}>{t('title')}</PageTitle>
      {invitation ? <InvitationBanner invitation={invitation} locale={locale} action /> : null}
      <section aria-labelledby="upcoming" className="space-y-3">
        <h2 id="upcoming" className="text-xl font-semibold">
          {t('upcoming')}
        </h2>
        {upcoming.length === 0 ? <p>{t('noUpcoming')}</p> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          {upcoming.map((event) => (
            <EventCard key={event.slug} event={event} locale={locale} />
          ))}
        </div>
      </section>
      {past.length > 0 ? (
        <section aria-labelledby="past" className="space-y-3">
          <h2 id="past" className="text-xl font-semibold">
            {t('past')}
          </h2>
          <div className="grid gap-4 sm:grid-cols-2">
            {past.map((event) => (
              <EventCard key={event.slug} event={event} locale={locale} />
            ))}
          </div>
        </section>
      ) : null}
    </div>
  );
}
