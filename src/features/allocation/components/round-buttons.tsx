'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import { publishRunAction, sendRemindersAction } from '../actions';

export function PublishButton({ roundId, runId }: { roundId: string; runId: string }) {
  const t = useTranslations('allocation');
  return (
    <ActionButton run={() => publishRunAction({ roundId, runId })} confirm={t('preview.publishConfirm')} testId="publish">
      {t('preview.publish')}
    </ActionButton>
  );
}

export function RemindButton({ roundId }: { roundId: string }) {
  const t = useTranslations('allocation');
  return (
    <ActionButton run={() => sendRemindersAction({ roundId })} variant="secondary" testId="send-reminders">
      {t('reminders.send')}
    </ActionButton>
  );
}
