import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/card';
import { Table, Td } from '@/components/ui/table';
import { formatInstant } from '@/lib/dates';
import { localized } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { localeParam } from '@/lib/i18n/params';
import { listEventSessions, listRounds } from '@/features/allocation/data';
import { loadStaffAllocationEvent } from '@/features/allocation/loaders';
import { roundPhase } from '@/features/allocation/rules';
import { RoundForm } from '@/features/allocation/components/round-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('allocation'))('title') };
}

export default async function AllocationRoundsPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const locale = await localeParam(params);
  const { slug } = await params;
  const { event } = await loadStaffAllocationEvent(locale, slug, '');
  const t = await getTranslations('allocation');
  const [rounds, sessions] = await Promise.all([listRounds(event.id), listEventSessions(event.id)]);
  const when = (d: Date) => formatInstant(d, locale, event.timeZone, { zone: false });
  return (
    <div className="space-y-6">
      <h2 className="text-xl font-semibold">{t('title')}</h2>
      <p className="text-sm text-stone-700">{t('lead')}</p>
      {rounds.length === 0 ? (
        <p>{t('noRounds')}</p>
      ) : (
        <Table caption={t('rounds')} head={[t('name'), t('columns.status'), t('columns.rankings')]}>
          {rounds.map((r) => (
            <tr key={r.id} data-testid="round-row">
              <Td>
                <Link href={`/staff/events/${slug}/allocation/${r.id}`} className="font-medium text-brand-700 underline">{r.name}</Link>
                <div className="text-xs text-stone-700">{t('window', { opens: when(r.opensAt), closes: when(r.closesAt) })} ({event.timeZone})</div>
              </Td>
              <Td><Badge>{t(`phase.${roundPhase(r)}`)}</Badge></Td>
              <Td>{t('rankingsCount', { count: r._count.rankings })}</Td>
            </tr>
          ))}
        </Table>
      )}
      <section aria-labelledby="new-round" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
        <h3 id="new-round" className="text-lg font-semibold">{t('newRound')}</h3>
        <RoundForm eventId={event.id} zone={event.timeZone} slug={slug} sessions={sessions.map((s) => ({ id: s.id, label: `${localized(s.title, locale, event.languages)} — ${when(s.startsAt)}` }))} />
      </section>
    </div>
  );
}
