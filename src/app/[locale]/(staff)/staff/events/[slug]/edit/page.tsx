import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { countryOptions } from '@/lib/geo';
import { localeParam } from '@/lib/i18n/params';
import { requireRolePage } from '@/features/auth/loaders';
import { findEventForEdit } from '@/features/events/data';
import { EventForm } from '@/features/events/components/event-form';
import { StatusActions } from '@/features/events/components/status-actions';
import { eventFormValues } from '@/features/events/form-values';
import { canTransition, nextStatuses } from '@/features/events/policy';
import { timeZoneOptions } from '@/features/events/schema';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('events'))('form.editTitle') };
}

/** The event's identity, place, dates and registration rules, and its status (secretariat). */
export default async function EditEventPage({ params }: Props) {
  const locale = await localeParam(params);
  const { slug } = await params;
  await requireRolePage(locale, `/staff/events/${slug}/edit`, 'SECRETARIAT');
  const event = await findEventForEdit(slug);
  if (!event) notFound();
  const t = await getTranslations('events');
  const tStaff = await getTranslations('staff');
  const next = nextStatuses(event.status).filter((s) => canTransition(event.status, s, event._count.registrations));
  return (
    <div className="space-y-6">
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">{t('status.title')}</h2>
        <p data-testid="event-status">{t('status.current', { status: tStaff(`eventStatus.${event.status}`) })}</p>
        <p className="text-stone-700">{t(`status.explain.${event.status}`)}</p>
        {next.length > 0 ? <StatusActions eventId={event.id} next={next} /> : null}
      </Card>
      {event.status === 'ARCHIVED' ? (
        <Alert tone="info">{t('status.archivedNote')}</Alert>
      ) : (
        <>
          <h2 className="text-xl font-semibold">{t('form.editTitle')}</h2>
          <EventForm initial={eventFormValues(event)} countries={countryOptions(locale).map((c) => ({ value: c.code, label: c.name }))} timeZones={timeZoneOptions()} />
        </>
      )}
    </div>
  );
}
