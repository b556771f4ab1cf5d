'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import { leaveDelegation } from '../actions';

export function LeaveButton({ registrationId, delegation }: { registrationId: string; delegation: string }) {
  const t = useTranslations('delegations.my');
  return (
    <ActionButton run={() => leaveDelegation({ registrationId })} confirm={t('leaveConfirm', { delegation })} variant="secondary">
      {t('leave')}
    </ActionButton>
  );
}
