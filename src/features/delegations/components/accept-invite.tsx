'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { signInWithCredentials } from '@/features/auth/client-session';
import { useLocale, useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { applyFieldErrors, FormError, useValidationMessage } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { isLocale } from '@/lib/i18n/locales';
import { acceptInvite, acceptInviteWithNewAccount } from '../actions';
import type { AcceptOutcome } from '../invites/mutations';
import { acceptInviteNewAccountSchema, type AcceptInviteNewAccountInput } from '../schema';
import { ErrorFocus } from '@/components/ui/error-focus';

/** What happened, and where to go next (complete the registration, or see it). */
function Outcome({ outcome, delegation }: { outcome: AcceptOutcome; delegation: string }) {
  const t = useTranslations('delegations.invitation');
  const locale = useLocale();
  const text = outcome.joined === 'DRAFT' ? t('draft') : outcome.joined === 'JOINED' || outcome.joined === 'ALREADY_MEMBER' ? t('joined', { delegation }) : t('full');
  const href = outcome.joined === 'DRAFT' ? `/${locale}/events/${outcome.slug}/register` : `/${locale}/my/registrations/${outcome.slug}`;
  return (
    <Alert tone={outcome.joined === 'DRAFT' || outcome.joined === 'JOINED' || outcome.joined === 'ALREADY_MEMBER' ? 'success' : 'warning'} live testId="accept-done">
      <p className="font-medium">{t('accepted')}</p>
      <p>{text}</p>
      <p className="mt-2">
        {/* A full page load: the header must show the new session. */}
        <a href={href} className="font-medium underline" data-testid="accept-continue">{outcome.joined === 'DRAFT' ? t('continue') : t('myRegistration')}</a>
      </p>
    </Alert>
  );
}

export function AcceptButton({ token, delegation }: { token: string; delegation: string }) {
  const t = useTranslations('delegations.invitation');
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [outcome, setOutcome] = useState<AcceptOutcome | null>(null);
  if (outcome) return <Outcome outcome={outcome} delegation={delegation} />;
  const accept = async () => {
    setBusy(true);
    setCode(null);
    const result = await acceptInvite({ token });
    setBusy(false);
    if (result.ok) setOutcome(result.data);
    else setCode(result.code);
  };
  return (
    <div className="space-y-3">
      <FormError code={code} />
      <Button onClick={accept} disabled={busy} data-testid="accept-invite">{busy ? t('accepting') : t('accept')}</Button>
    </div>
  );
}

/** No account yet for the invited address: choose a password; the link proves the address. */
export function NewAccountForm({ token, email, givenName, familyName, delegation }: { token: string; email: string; givenName: string; familyName: string; delegation: string }) {
  const t = useTranslations('delegations.invitation');
  const tn = useTranslations('people.names');
  const locale = useLocale();
  const message = useValidationMessage();
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [outcome, setOutcome] = useState<AcceptOutcome | null>(null);
  const form = useForm<AcceptInviteNewAccountInput>({
    resolver: zodResolver(acceptInviteNewAccountSchema),
    defaultValues: { token, givenName, familyName, password: '', locale: isLocale(locale) ? locale : 'fr' },
  });
  const { errors, isSubmitting } = form.formState;
  if (outcome) return <Outcome outcome={outcome} delegation={delegation} />;

  const onSubmit = form.handleSubmit(async (values) => {
    setCode(null);
    const result = await acceptInviteWithNewAccount(values);
    if (!result.ok) {
      applyFieldErrors(form.setError, result.fieldErrors, ['givenName', 'familyName', 'password']);
      if (result.code !== 'VALIDATION') setCode(result.code);
      return;
    }
    await signInWithCredentials(result.data.email, values.password);
    setOutcome(result.data);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="invite-account-form">
      <ErrorFocus formState={form.formState} />
      <h2 className="text-lg font-semibold">{t('createAccount')}</h2>
      <p>{t('createLead', { email })}</p>
      <FormError code={code} />
      <input type="email" name="email" value={email} autoComplete="username" readOnly hidden />
      <Field id="givenName" label={tn('givenName')} error={message(errors.givenName?.message)} required>
        {(p) => <Input {...p} autoComplete="given-name" maxLength={80} {...form.register('givenName')} />}
      </Field>
      <Field id="familyName" label={tn('familyName')} hint={tn('familyNameHint')} error={message(errors.familyName?.message)}>
        {(p) => <Input {...p} autoComplete="family-name" maxLength={80} {...form.register('familyName')} />}
      </Field>
      <Field id="password" label={t('password')} hint={t('passwordHint')} error={message(errors.password?.message)} required>
        {(p) => <Input {...p} type="password" autoComplete="new-password" {...form.register('password')} />}
      </Field>
      <Button type="submit" disabled={isSubmitting}>{isSubmitting ? t('creating') : t('createSubmit')}</Button>
    </form>
  );
}
