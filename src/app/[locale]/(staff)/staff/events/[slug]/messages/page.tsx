import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Table, Td } from '@/components/ui/table';
import { formatInstant } from '@/lib/dates';
import { localized } from '@/lib/i18n/localized';
import { localeParam } from '@/lib/i18n/params';
import { requireRolePage } from '@/features/auth/loaders';
import { filterOptions } from '@/features/exports/data';
import { lenientFilter } from '@/features/exports/schema';
import { AttendeeFilters } from '@/features/exports/components/attendee-filters';
import { countRecipients, findMessageEventBySlug, listAnnouncements } from '@/features/announcements/data';
import { ComposeForm } from '@/features/announcements/components/compose-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('announcements'))('title') };
}

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Messages to attendees (organizer, secretariat): filter, compose, preview, send; history with outbox counts. */
export default async function MessagesPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const { slug } = await params;
  await requireRolePage(locale, `/staff/events/${slug}/messages`, 'ORGANIZER', 'SECRETARIAT');
  const event = await findMessageEventBySlug(slug);
  if (!event) notFound();
  const t = await getTranslations('announcements');
  const filter = lenientFilter(await searchParams);
  const [options, all, reachable, history] = await Promise.all([
    filterOptions(event.id),
    countRecipients(event.id, filter, 'REGISTRATION'),
    countRecipients(event.id, filter, 'ANNOUNCEMENT'),
    listAnnouncements(event.id),
  ]);
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h2 className="text-xl font-bold">{t('title')}</h2>
        <p className="text-stone-700">{t('intro')}</p>
      </div>
      <section aria-labelledby="recipients-title" className="space-y-3">
        <h3 id="recipients-title" className="text-lg font-semibold">
          {t('recipients')}
        </h3>
        <AttendeeFilters filter={filter} options={options} locale={locale} languages={event.languages} clearHref={`/staff/events/${slug}/messages`} />
        <p data-testid="matching-count">
          {t('matching', { count: all })} {t('optedOut', { count: all - reachable })}
        </p>
      </section>
      <ComposeForm key={JSON.stringify(filter)} eventId={event.id} filter={filter} languages={event.languages} />
      <section aria-labelledby="history-title" className="space-y-3">
        <h3 id="history-title" className="text-lg font-semibold">
          {t('history')}
        </h3>
        {history.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <Table caption={t('history')} head={[t('date'), t('kind'), t('subject'), t('recipientsCol'), t('queued'), t('delivered'), t('failed')]}>
            {history.map((h) => (
              <tr key={h.id} data-testid="message-history-row">
                <Td>{formatInstant(h.createdAt, locale, event.timeZone)}</Td>
                <Td>{t(`kindShort.${h.kind}`)}</Td>
                <Td>{localized(h.subject, locale, event.languages)}</Td>
                <Td>{h.recipientCount}</Td>
                <Td>{h.queued}</Td>
                <Td>{h.sent}</Td>
                <Td>{h.failed}</Td>
              </tr>
            ))}
          </Table>
        )}
      </section>
    </div>
  );
}
