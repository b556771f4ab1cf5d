'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import type { EventStatus } from '@/lib/db-types';
import { setEventStatus } from '../actions';

/** One button per status the event may move to (policy.ts decides which). */
export function StatusActions({ eventId, next }: { eventId: string; next: readonly EventStatus[] }) {
  const t = useTranslations('events.status');
  return (
    <div className="flex flex-wrap gap-3">
      {next.map((status) => (
        <ActionButton key={status} variant={status === 'ARCHIVED' ? 'danger' : status === 'DRAFT' ? 'secondary' : 'primary'}
          confirm={status === 'ARCHIVED' ? t('explain.ARCHIVED') : undefined}
          run={() => setEventStatus({ eventId, status })} testId={`status-${status}`}>
          {t(`to.${status}`)}
        </ActionButton>
      ))}
    </div>
  );
}
