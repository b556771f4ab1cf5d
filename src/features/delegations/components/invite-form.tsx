'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { applyFieldErrors, FormError, useValidationMessage } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { LOCALE_NAMES, LOCALES } from '@/lib/i18n/locales';
import { useRouter } from '@/lib/i18n/navigation';
import { inviteMember } from '../actions';
import { MEMBER_FIELDS, memberRowSchema, type MemberRowInput } from '../schema';
import { ErrorFocus } from '@/components/ui/error-focus';

const EMPTY: MemberRowInput = { firstName: '', lastName: '', email: '', organization: '', country: '', language: '' };

/** The head adds one member: the same schema as a row of an imported file. */
export function InviteForm({ delegationId, countries, defaultLanguage }: { delegationId: string; countries: { code: string; name: string }[]; defaultLanguage: string }) {
  const t = useTranslations('delegations');
  const message = useValidationMessage();
  const router = useRouter();
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm<MemberRowInput>({ resolver: zodResolver(memberRowSchema), defaultValues: { ...EMPTY, language: defaultLanguage } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (member) => {
    setCode(null);
    setSentTo(null);
    const result = await inviteMember({ delegationId, member });
    if (result.ok) {
      setSentTo(String(member.email).trim().toLowerCase());
      form.reset({ ...EMPTY, language: member.language });
      form.setFocus('firstName');
      router.refresh();
      return;
    }
    applyFieldErrors(form.setError, result.fieldErrors ? Object.fromEntries(Object.entries(result.fieldErrors).map(([k, v]) => [k.replace(/^member\./, ''), v])) : undefined, MEMBER_FIELDS);
    if (result.code !== 'VALIDATION' && !result.fieldErrors) setCode(result.code);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="invite-form">
      <ErrorFocus formState={form.formState} />
      {sentTo ? <Alert tone="success" live testId="invite-done">{t('invite.done', { email: sentTo })}</Alert> : null}
      {code === 'CAPACITY_FULL' ? <Alert tone="error" live testId="invite-full">{t('invite.full')}</Alert> : <FormError code={code} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="firstName" label={t('fields.firstName')} error={message(errors.firstName?.message)} required>
          {(p) => <Input {...p} autoComplete="off" maxLength={100} {...form.register('firstName')} />}
        </Field>
        <Field id="lastName" label={t('fields.lastName')} error={message(errors.lastName?.message)} required>
          {(p) => <Input {...p} autoComplete="off" maxLength={100} {...form.register('lastName')} />}
        </Field>
      </div>
      <Field id="email" label={t('fields.email')} error={message(errors.email?.message)} required>
        {(p) => <Input {...p} type="email" inputMode="email" autoComplete="off" {...form.register('email')} />}
      </Field>
      <Field id="organization" label={t('fields.organization')} error={message(errors.organization?.message)}>
        {(p) => <Input {...p} maxLength={200} {...form.register('organization')} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="country" label={t('fields.country')} error={message(errors.country?.message)}>
          {(p) => (
            <Select {...p} {...form.register('country')}>
              <option value="">{t('fields.none')}</option>
              {countries.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
            </Select>
          )}
        </Field>
        <Field id="language" label={t('fields.language')} error={message(errors.language?.message)}>
          {(p) => (
            <Select {...p} {...form.register('language')}>
              {LOCALES.map((l) => <option key={l} value={l} lang={l}>{LOCALE_NAMES[l]}</option>)}
            </Select>
          )}
        </Field>
      </div>
      <Button type="submit" disabled={isSubmitting}>{isSubmitting ? t('invite.submitting') : t('invite.submit')}</Button>
    </form>
  );
}
