import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/card';
import { formatInstant } from '@/lib/dates';
import { languageName } from '@/lib/geo-codes';
import type { AppLocale } from '@/lib/i18n/locales';
import { localized, localizedLang } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { effectiveCapacity, seatsLeft } from '@/features/enrolment/rules';
import { parseEligibility, type Eligibility } from '../eligibility';

type CardSession = {
  id: string;
  kind: string;
  title: unknown;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  enrolledCount: number;
  workingLanguages: string[];
  interpretationLanguages: string[];
  eligibility: unknown;
  room: { name: string; capacity: number } | null;
  track: { name: unknown; color: string } | null;
};

/** "Reserved for: Africa · Women" (or null when open to all). */
export async function eligibilityText(rules: Eligibility | null): Promise<string | null> {
  const t = await getTranslations('programme');
  if (rules === null) return t('eligibility.closed');
  const parts = [
    ...(rules.continents ?? []).map((c) => t(`continents.${c}`)),
    ...(rules.genders ?? []).map((g) => t(`genders.${g}`)),
    ...(rules.participantTypes ?? []).map((p) => t(`participantTypes.${p}`)),
    ...(rules.organizationKinds ?? []).map((o) => t(`organizationKinds.${o}`)),
    ...(rules.delegationIds?.length ? [t('eligibility.someDelegations', { count: rules.delegationIds.length })] : []),
  ];
  return parts.length ? t('eligibility.reservedFor', { list: parts.join(' · ') }) : null;
}

export function timeRange(s: { startsAt: Date; endsAt: Date }, locale: AppLocale, timeZone: string): string {
  return `${formatInstant(s.startsAt, locale, timeZone, { date: false, zone: false })}–${formatInstant(s.endsAt, locale, timeZone, { date: false })}`;
}

/** `seats: false` hides the seats badge and the eligibility line (the delegate's own agenda). */
export async function SessionCard({ session, locale, timeZone, languages, href, children, seats = true }: { session: CardSession; locale: AppLocale; timeZone: string; languages: AppLocale[]; href: string; children?: ReactNode; seats?: boolean }) {
  const t = await getTranslations('programme');
  const capacity = effectiveCapacity(session);
  const left = seatsLeft(capacity, session.enrolledCount);
  const restriction = seats ? await eligibilityText(parseEligibility(session.eligibility)) : null;
  const title = localized(session.title, locale, languages);
  return (
    <article className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm" style={session.track ? { borderLeft: `6px solid ${session.track.color}` } : undefined} data-testid="session-card" data-session-id={session.id} data-starts={session.startsAt.toISOString()} data-ends={session.endsAt.toISOString()}>
      <p className="text-sm font-medium text-stone-700">
        <time dateTime={session.startsAt.toISOString()}>{timeRange(session, locale, timeZone)}</time>
        {session.room ? ` · ${session.room.name}` : ''}
      </p>
      <h3 className="mt-1 text-lg font-semibold">
        <Link href={href} className="underline-offset-4 hover:underline" lang={localizedLang(session.title, locale, languages)}>
          {title}
        </Link>
      </h3>
      <div className="mt-2 flex flex-wrap gap-2">
        <Badge tone="blue">{t(`kinds.${session.kind}`)}</Badge>
        {session.track ? <Badge>{localized(session.track.name, locale, languages)}</Badge> : null}
        {!seats || left === null ? null : left > 0 ? <Badge tone="green">{t('seatsLeft', { count: left })}</Badge> : <Badge tone="amber">{t('full')}</Badge>}
      </div>
      <p className="mt-2 text-sm">
        {t('languagesLine', {
          working: session.workingLanguages.map((l) => languageName(l, locale)).join(', '),
          interpretation: session.interpretationLanguages.length ? session.interpretationLanguages.map((l) => languageName(l, locale)).join(', ') : '—',
        })}
      </p>
      {restriction ? <p className="mt-1 text-sm text-amber-900">{restriction}</p> : null}
      {children ? <div className="mt-3">{children}</div> : null}
    </article>
  );
}
