'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import { deleteUserAccount } from '../actions';

/** Secretariat: deletes an account on the person's written request. */
export function DeleteUserButton({ userId, userName }: { userId: string; userName: string }) {
  const t = useTranslations('myData');
  return (
    <ActionButton run={() => deleteUserAccount({ userId })} variant="danger" confirm={t('staffDelete.confirm', { name: userName })} testId={`delete-user-${userId}`}>
      {t('staffDelete.button')}
      <span className="sr-only"> {userName}</span>
    </ActionButton>
  );
}
