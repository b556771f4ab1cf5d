'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/alert';
import { FormError } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { Link } from '@/lib/i18n/navigation';
import { verifyEmail } from '../actions';

/**
 * Verification is a button, not a side effect of opening the link: mail
 * scanners that prefetch links must not consume the token.
 */
export function VerifyEmailButton({ token, signInHref }: { token: string; signInHref?: string }) {
  const t = useTranslations('auth');
  const [pending, startTransition] = useTransition();
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [done, setDone] = useState(false);
  if (done) {
    return (
      <Alert tone="success" live testId="verify-done">
        <p>{t('verify.done')}</p>
        {signInHref ? (
          <a href={signInHref} className="font-medium underline" data-testid="verify-sign-in">{t('signIn.title')}</a>
        ) : (
          <Link href="/sign-in" className="font-medium underline" data-testid="verify-sign-in">
            {t('signIn.title')}
          </Link>
        )}
      </Alert>
    );
  }
  return (
    <div className="space-y-4">
      <FormError code={code} />
      <Button
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await verifyEmail({ token });
            if (result.ok) setDone(true);
            else setCode(result.code === 'VALIDATION' ? 'TOKEN_INVALID' : result.code);
          })
        }
      >
        {t('verify.submit')}
      </Button>
    </div>
  );
}
