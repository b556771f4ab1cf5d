'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import { waiveFeeAction } from '../actions';

export function WaiveButton({ registrationId, waived }: { registrationId: string; waived: boolean }) {
  const t = useTranslations('money');
  return (
    <ActionButton variant="secondary" testId="waive-fee" run={() => waiveFeeAction({ registrationId, waived: !waived })}>
      {waived ? t('staff.unwaive') : t('staff.waive')}
    </ActionButton>
  );
}
