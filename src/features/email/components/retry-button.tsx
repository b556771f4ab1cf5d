'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import { retryOutboxMessage } from '../actions';

/** Puts one FAILED message back in the queue. */
export function RetryButton({ id }: { id: string }) {
  const t = useTranslations('mail');
  return (
    <ActionButton run={() => retryOutboxMessage({ id })} variant="secondary" testId={`retry-${id}`}>
      {t('retry')}
    </ActionButton>
  );
}
