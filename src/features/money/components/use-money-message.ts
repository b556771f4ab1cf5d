'use client';

import { useTranslations } from 'next-intl';
import { useValidationMessage } from '@/components/ui/form-messages';

/** Field messages: `money.<key>` from this feature's refusals, else the shared validation keys. */
export function useMoneyMessage() {
  const t = useTranslations('money');
  const validation = useValidationMessage();
  return (message: string | undefined): string | undefined => {
    if (message?.startsWith('money.')) return t(`errors.${message.slice(6)}` as never);
    return validation(message);
  };
}

/** A fresh idempotency key (a new one each time the form opens or succeeds). */
export function newKey(): string {
  return crypto.randomUUID();
}
