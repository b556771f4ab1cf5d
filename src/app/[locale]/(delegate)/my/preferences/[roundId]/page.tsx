import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { PageTitle } from '@/components/ui/card';
import { formatInstant } from '@/lib/dates';
import { localized } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { localeParam } from '@/lib/i18n/params';
import { requireUserPage } from '@/features/auth/loaders';
import { isEligible, parseEligibility } from '@/features/programme/eligibility';
import { findOwnRanking, findRoundForDelegate, roundSessions } from '@/features/allocation/data';
import { groupSlots, roundPhase } from '@/features/allocation/rules';
import { RankingForm, type RankingSlot } from '@/features/allocation/components/ranking-form';

type Props = { params: Promise<{ locale: string; roundId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('allocation'))('rank.title') };
}

/** A delegate ranks the workshops of a round, slot by slot (approved registrations only). */
export default async function RankingPage({ params }: Props) {
  const locale = await localeParam(params);
  const { roundId } = await params;
  const actor = await requireUserPage(locale, `/my/preferences/${roundId}`);
  const found = await findRoundForDelegate(roundId, actor.id);
  if (!found) notFound();
  const { round, registration, event } = found;
  const t = await getTranslations('allocation');
  const when = (d: Date) => formatInstant(d, locale, event.timeZone);
  const phase = roundPhase(round);
  const sessions = await roundSessions(null, event.id, round.sessionIds);
  const slotOf = groupSlots(sessions);
  const ranking = await findOwnRanking(round.id, registration.id);
  const slots: RankingSlot[] = [...new Set(slotOf.values())].sort((a, b) => a - b).map((slot) => {
    const list = sessions.filter((s) => slotOf.get(s.id) === slot);
    return {
      slot,
      label: t('rank.slot', { n: slot + 1, when: when(list[0].startsAt) }),
      sessions: list.filter((s) => isEligible(parseEligibility(s.eligibility), registration)).map((s) => ({ id: s.id, label: `${localized(s.title, locale, event.languages)}${s.room ? ` · ${s.room.name}` : ''}` })),
    };
  });
  return (
    <div className="space-y-6">
      <PageTitle lead={phase === 'OPEN' ? t('rank.lead', { count: round.choices, closes: when(round.closesAt) }) : undefined}>
        {t('rank.title')} — {round.name}
      </PageTitle>
      <p className="text-sm">{localized(event.title, locale, event.languages)} · <Link href={`/my/agenda/${event.slug}`} className="text-brand-700 underline">{t('rank.agenda')}</Link></p>
      {ranking ? <p className="text-sm" data-testid="ranking-saved-at">{t('rank.savedAt', { when: when(ranking.updatedAt) })}</p> : null}
      {phase === 'OPEN' ? <RankingForm roundId={round.id} choices={round.choices} slots={slots} initial={ranking?.choices ?? []} /> : null}
      {phase === 'UPCOMING' ? <Alert>{t('rank.upcoming', { opens: when(round.opensAt) })}</Alert> : null}
      {phase === 'CLOSED' ? <Alert testId="round-closed">{t('rank.closed')}</Alert> : null}
      {phase === 'PUBLISHED' ? <Alert tone="success">{t('rank.published')}</Alert> : null}
    </div>
  );
}
