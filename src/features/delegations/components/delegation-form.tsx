'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Select, Textarea } from '@/components/ui/input';
import { applyFieldErrors, FormError, useValidationMessage } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { useRouter } from '@/lib/i18n/navigation';
import { createDelegation, requestDelegation } from '../actions';
import { createDelegationSchema, requestDelegationSchema, type CreateDelegationInput } from '../schema';
import { ErrorFocus } from '@/components/ui/error-focus';

const FIELDS = ['slug', 'name', 'country', 'network', 'continent', 'quota', 'description', 'headEmail'] as const;
const CONTINENTS = ['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'OCEANIA'] as const;

type Props = {
  /** request: a delegate asks (REQUESTED); create: the secretariat creates it with a head. */
  mode: 'request' | 'create';
  events: { slug: string; title: string }[];
  countries: { code: string; name: string }[];
  /** Where to go once done. */
  doneHref: string;
};

/** The form a delegate uses to request a delegation, and the secretariat to create one. */
export function DelegationForm({ mode, events, countries, doneHref }: Props) {
  const t = useTranslations('delegations');
  const message = useValidationMessage();
  const router = useRouter();
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm<CreateDelegationInput>({
    resolver: zodResolver(mode === 'create' ? createDelegationSchema : (requestDelegationSchema as unknown as typeof createDelegationSchema)),
    defaultValues: { slug: events[0]?.slug ?? '', name: '', country: '', network: '', continent: '', quota: 10, description: '', ...(mode === 'create' ? { headEmail: '' } : {}) },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setCode(null);
    const { headEmail, ...fields } = values;
    const result = mode === 'create' ? await createDelegation({ ...fields, headEmail }) : await requestDelegation(fields);
    if (result.ok) {
      setDone(true);
      router.push(doneHref.replace('{id}', result.data.id));
      router.refresh();
      return;
    }
    applyFieldErrors(form.setError, result.fieldErrors, FIELDS);
    if (result.code !== 'VALIDATION') setCode(result.code);
  });

  if (done) {
    return (
      <Alert tone="success" live testId="delegation-form-done">
        {mode === 'create' ? t('staff.created') : t('request.done')}
      </Alert>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="delegation-form">
      <ErrorFocus formState={form.formState} />
      <FormError code={code} />
      {events.length > 1 || mode === 'request' ? (
        <Field id="slug" label={t('fields.event')} error={message(errors.slug?.message)} required>
          {(p) => (
            <Select {...p} {...form.register('slug')}>
              {events.map((e) => (
                <option key={e.slug} value={e.slug}>{e.title}</option>
              ))}
            </Select>
          )}
        </Field>
      ) : null}
      <Field id="name" label={t('fields.name')} error={message(errors.name?.message)} required>
        {(p) => <Input {...p} maxLength={150} {...form.register('name')} />}
      </Field>
      <Field id="country" label={t('fields.country')} hint={t('fields.countryHint')} error={message(errors.country?.message)}>
        {(p) => (
          <Select {...p} {...form.register('country')}>
            <option value="">{t('fields.none')}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>{c.name}</option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="network" label={t('fields.network')} error={message(errors.network?.message)}>
        {(p) => <Input {...p} maxLength={120} {...form.register('network')} />}
      </Field>
      <Field id="continent" label={t('fields.continent')} hint={t('fields.continentHint')} error={message(errors.continent?.message)}>
        {(p) => (
          <Select {...p} {...form.register('continent')}>
            <option value="">{t('fields.none')}</option>
            {CONTINENTS.map((c) => (
              <option key={c} value={c}>{t(`continents.${c}`)}</option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="quota" label={t('fields.quota')} hint={t('fields.quotaHint')} error={message(errors.quota?.message)} required>
        {(p) => <Input {...p} type="number" inputMode="numeric" min={1} max={2000} className="max-w-40" {...form.register('quota')} />}
      </Field>
      <Field id="description" label={t('fields.description')} error={message(errors.description?.message)}>
        {(p) => <Textarea {...p} rows={3} maxLength={1000} {...form.register('description')} />}
      </Field>
      {mode === 'create' ? (
        <Field id="headEmail" label={t('fields.headEmail')} hint={t('fields.headEmailHint')} error={message(errors.headEmail?.message)} required>
          {(p) => <Input {...p} type="email" inputMode="email" autoComplete="off" {...form.register('headEmail')} />}
        </Field>
      ) : null}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t('request.submitting') : mode === 'create' ? t('staff.createSubmit') : t('request.submit')}
      </Button>
    </form>
  );
}
