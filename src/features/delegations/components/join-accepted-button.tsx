'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import { joinAcceptedDelegation } from '../actions';

/** For a member registered outside the delegation they accepted: join it now (if a seat is free). */
export function JoinAcceptedButton({ delegationId }: { delegationId: string }) {
  const t = useTranslations('delegations.my');
  return (
    <ActionButton run={() => joinAcceptedDelegation({ delegationId })} testId="pending-join">
      {t('joinNow')}
    </ActionButton>
  );
}
