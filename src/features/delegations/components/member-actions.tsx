'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import type { ErrorCode } from '@/lib/errors';
import { useRouter } from '@/lib/i18n/navigation';
import { removeMember, resendInvite, withdrawInvite } from '../actions';

type Props = { delegationId: string; inviteId: string | null; registrationId: string | null; canResend: boolean; name: string };

/** Per-member actions for the head: resend the link, withdraw the invitation, remove from the delegation. */
export function MemberActions({ delegationId, inviteId, registrationId, canResend, name }: Props) {
  const t = useTranslations('delegations.head');
  const tErr = useTranslations('errors');
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async (work: () => Promise<{ ok: true } | { ok: false; code: ErrorCode }>, success?: string) => {
    setBusy(true);
    setNote(null);
    const result = await work();
    setBusy(false);
    if (!result.ok) return setNote({ ok: false, text: tErr(result.code) });
    if (success) setNote({ ok: true, text: success });
    router.refresh();
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      {inviteId && canResend ? (
        <Button variant="secondary" disabled={busy} onClick={() => run(() => resendInvite({ delegationId, inviteId }), t('resent'))} aria-label={`${t('resend')} — ${name}`}>
          {t('resend')}
        </Button>
      ) : null}
      {inviteId && !registrationId && canResend ? (
        <Button variant="ghost" disabled={busy} onClick={() => window.confirm(t('withdrawConfirm', { name })) && run(() => withdrawInvite({ delegationId, inviteId }))} aria-label={`${t('withdraw')} — ${name}`}>
          {t('withdraw')}
        </Button>
      ) : null}
      {registrationId ? (
        <Button variant="ghost" disabled={busy} onClick={() => window.confirm(t('removeConfirm', { name })) && run(() => removeMember({ delegationId, registrationId }))} aria-label={`${t('remove')} — ${name}`}>
          {t('remove')}
        </Button>
      ) : null}
      {note ? <p role={note.ok ? 'status' : 'alert'} className={note.ok ? 'text-sm text-brand-800' : 'text-sm text-red-700'}>{note.text}</p> : null}
    </div>
  );
}
