'use client';

import { useState, type ReactNode } from 'react';
import type { ErrorCode } from '@/lib/errors';
import { useRouter } from '@/lib/i18n/navigation';
import { Button, type ButtonVariant } from './button';
import { FormError } from './form-messages';

type Outcome = { ok: true } | { ok: false; code: ErrorCode };

/**
 * A button that runs one server action: optional confirmation, disabled while
 * it runs, the error code translated beside it, the page refreshed on success.
 */
export function ActionButton({ run, children, confirm, variant = 'primary', testId }: { run: () => Promise<Outcome>; children: ReactNode; confirm?: string; variant?: ButtonVariant; testId?: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState<ErrorCode | null>(null);
  const click = async () => {
    if (confirm && !window.confirm(confirm)) return;
    setBusy(true);
    setCode(null);
    const result = await run();
    setBusy(false);
    if (!result.ok) return setCode(result.code);
    router.refresh();
  };
  return (
    <div className="space-y-2">
      <FormError code={code} />
      <Button variant={variant} onClick={click} disabled={busy} data-testid={testId}>
        {children}
      </Button>
    </div>
  );
}
