import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { Badge, Card, PageTitle } from '@/components/ui/card';
import { localized } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { localeParam } from '@/lib/i18n/params';
import { requireUserPage } from '@/features/auth/loaders';
import { listHeadedDelegations, listMemberships, listPendingAcceptances, ownRegistrationsByEvent } from '@/features/delegations/data';
import { JoinAcceptedButton } from '@/features/delegations/components/join-accepted-button';
import { LeaveButton } from '@/features/delegations/components/leave-button';
import { delegationTone, memberTone } from '@/features/delegations/components/status';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('delegations'))('my.title') };
}

export default async function MyDelegationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  const actor = await requireUserPage(locale, '/my/delegations');
  const t = await getTranslations('delegations');
  const [headed, memberships, acceptances, registrations] = await Promise.all([listHeadedDelegations(actor.id), listMemberships(actor.id), listPendingAcceptances(actor.id), ownRegistrationsByEvent(actor.id)]);
  const seated = new Set(memberships.map((m) => m.delegation?.id));
  // Accepted invitations not attached yet: to a future registration, or to a live one outside any delegation.
  const pending = acceptances
    .filter((a) => !seated.has(a.delegation.id) && a.delegation.status === 'APPROVED')
    .map((a) => ({ ...a, registration: registrations.get(a.delegation.eventId) ?? null }))
    .filter((a) => !a.registration || (!a.registration.delegationId && a.registration.status !== 'CANCELLED' && a.registration.status !== 'REJECTED'));
  return (
    <>
      <PageTitle lead={t('my.lead')}>{t('my.title')}</PageTitle>
      <p className="mb-6 flex flex-wrap gap-3">
        <Link href="/my/delegations/join" className={buttonClass('primary')}>{t('my.join')}</Link>
        <Link href="/my/delegations/new" className={buttonClass('secondary')}>{t('my.request')}</Link>
      </p>
      <section aria-labelledby="headed" className="mb-8 space-y-3">
        <h2 id="headed" className="text-xl font-semibold">{t('my.headed')}</h2>
        {headed.length === 0 ? <p>{t('my.noneHeaded')}</p> : null}
        <ul className="space-y-3">
          {headed.map((d) => (
            <li key={d.id}>
              <Card className="space-y-2">
                <h3 className="text-lg font-semibold">
                  <Link href={`/my/delegations/${d.id}`} className="text-brand-700 underline">{d.name}</Link>
                </h3>
                <p className="text-sm text-stone-700">{localized(d.event.title, locale, d.event.languages)}</p>
                <p className="flex flex-wrap items-center gap-2">
                  <Badge tone={delegationTone(d.status)}>{t(`statuses.${d.status}`)}</Badge>
                  <span>{t('my.quotaUse', { used: d.memberCount, quota: d.quota })}</span>
                </p>
                {d.status === 'REQUESTED' ? <p className="text-sm">{t('my.awaiting')}</p> : null}
              </Card>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="memberships" className="mb-8 space-y-3">
        <h2 id="memberships" className="text-xl font-semibold">{t('my.memberships')}</h2>
        {memberships.length === 0 && pending.length === 0 ? <p>{t('my.noneMember')}</p> : null}
        <ul className="space-y-3">
          {memberships.map((m) =>
            m.delegation ? (
              <li key={m.id}>
                <Card className="space-y-2">
                  <h3 className="text-lg font-semibold">{m.delegation.name}</h3>
                  <p className="text-sm text-stone-700">{localized(m.event.title, locale, m.event.languages)} — {m.referenceNumber}</p>
                  <p className="flex flex-wrap items-center gap-2">
                    <Badge tone={memberTone(m.status)}>{t(`memberStatus.${m.status}`)}</Badge>
                    {m.delegation.head ? <span className="text-sm">{t('my.headedBy', { name: m.delegation.head.name })}</span> : null}
                  </p>
                  {m.status !== 'CANCELLED' && m.status !== 'REJECTED' && m.delegation.headId !== actor.id ? <LeaveButton registrationId={m.id} delegation={m.delegation.name} /> : null}
                </Card>
              </li>
            ) : null,
          )}
          {pending.map((a) => (
            <li key={a.id}>
              <Card className="space-y-2">
                <h3 className="text-lg font-semibold">{a.delegation.name}</h3>
                {a.registration ? (
                  <>
                    <p>{t('my.notAttached', { delegation: a.delegation.name })}</p>
                    <JoinAcceptedButton delegationId={a.delegation.id} />
                  </>
                ) : (
                  <>
                    <p>{t('my.pendingText', { delegation: a.delegation.name, event: localized(a.delegation.event.title, locale, a.delegation.event.languages) })}</p>
                    <Link href={`/events/${a.delegation.event.slug}/register`} className={buttonClass('secondary')}>{t('my.register')}</Link>
                  </>
                )}
              </Card>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
