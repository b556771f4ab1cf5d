'use client';

import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { Input, Select, Textarea } from '@/components/ui/input';
import { applyFieldErrors, FormError, useValidationMessage } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { LOCALE_NAMES, LOCALES } from '@/lib/i18n/locales';
import { useRouter } from '@/lib/i18n/navigation';
import { CheckboxField, CheckboxGroup } from '@/features/registrations/components/choice-inputs';
import { PARTICIPANT_TYPES } from '@/features/registrations/schema';
import { createEvent, updateEvent } from '../actions';
import { EVENT_FORM_FIELDS, eventFormSchema, type EventFormInput } from '../schema';

type Option = { value: string; label: string };

/**
 * Create or edit an event. Errors come back at their fields (zod on the client,
 * the same schema plus uniqueness and locks on the server). On creation the
 * browser goes to the new event's edit page, where it is opened.
 */
export function EventForm({ initial, countries, timeZones, sources }: { initial: EventFormInput; countries: Option[]; timeZones: string[]; sources?: Option[] }) {
  const t = useTranslations('events.form');
  const tReg = useTranslations('registration');
  const message = useValidationMessage();
  const router = useRouter();
  const form = useForm<EventFormInput>({ resolver: zodResolver(eventFormSchema) as never, defaultValues: initial });
  const e = form.formState.errors;
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [saved, setSaved] = useState(false);
  const editing = !!initial.eventId;
  const onSubmit = form.handleSubmit(async () => {
    setCode(null);
    setSaved(false);
    const values = form.getValues();
    const result = editing ? await updateEvent(values) : await createEvent(values);
    if (!result.ok) {
      applyFieldErrors(form.setError, result.fieldErrors, EVENT_FORM_FIELDS);
      return setCode(result.code);
    }
    if (!editing) return router.push(`/staff/events/${result.data.slug}/edit`);
    setSaved(true);
    if (result.data.slug !== initial.slug) return router.replace(`/staff/events/${result.data.slug}/edit`);
    router.refresh();
  });
  const reg = (name: Path<EventFormInput>) => form.register(name);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" data-testid="event-form">
      <FormError code={code} />
      {saved ? <Alert tone="success" live>{t('saved')}</Alert> : null}
      {sources ? (
        <Card className="space-y-3">
          <Field id="copyFromId" label={t('copyFrom')} hint={t('copyFromHint')} error={message(e.copyFromId?.message)}>
            {(p) => (
              <Select {...p} {...reg('copyFromId')}>
                <option value="">{t('copyNone')}</option>
                {sources.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
              </Select>
            )}
          </Field>
        </Card>
      ) : null}
      <Card className="space-y-4">
        <h2 className="text-lg font-semibold">{t('identity')}</h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="slug" label={t('slug')} hint={t('slugHint')} error={message(e.slug?.message)} required>
            {(p) => <Input {...p} autoCapitalize="none" spellCheck={false} {...reg('slug')} />}
          </Field>
          <Field id="code" label={t('code')} hint={t('codeHint')} error={message(e.code?.message)} required>
            {(p) => <Input {...p} autoCapitalize="characters" spellCheck={false} maxLength={12} {...reg('code')} />}
          </Field>
        </div>
        <CheckboxGroup control={form.control} name="languages" legend={t('languages')} hint={t('languagesHint')} error={message(e.languages?.message)} columns={2}
          options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l], lang: l }))} testId="event-languages" />
        {LOCALES.map((l) => (
          <div key={l} className="space-y-3 rounded-md border border-stone-200 p-3" lang={l}>
            <Field id={`title-${l}`} label={t('titleIn', { language: LOCALE_NAMES[l] })} error={message(e.title?.[l]?.message)}>
              {(p) => <Input {...p} {...reg(`title.${l}`)} />}
            </Field>
            <Field id={`description-${l}`} label={t('descriptionIn', { language: LOCALE_NAMES[l] })} error={message(e.description?.[l]?.message)}>
              {(p) => <Textarea {...p} rows={3} {...reg(`description.${l}`)} />}
            </Field>
          </div>
        ))}
      </Card>
      <Card className="space-y-4">
        <h2 className="text-lg font-semibold">{t('place')}</h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="city" label={t('city')} error={message(e.city?.message)} required>
            {(p) => <Input {...p} {...reg('city')} />}
          </Field>
          <Field id="country" label={t('country')} error={message(e.country?.message)} required>
            {(p) => (
              <Select {...p} {...reg('country')}>
                <option value="">{t('chooseCountry')}</option>
                {countries.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
              </Select>
            )}
          </Field>
        </div>
        <Field id="timeZone" label={t('timeZone')} hint={t('timeZoneHint')} error={message(e.timeZone?.message)} required>
          {(p) => (
            <Select {...p} {...reg('timeZone')}>
              {timeZones.map((z) => <option key={z} value={z}>{z}</option>)}
            </Select>
          )}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="startDate" label={t('startDate')} error={message(e.startDate?.message)} required>
            {(p) => <Input {...p} type="date" {...reg('startDate')} />}
          </Field>
          <Field id="endDate" label={t('endDate')} error={message(e.endDate?.message)} required>
            {(p) => <Input {...p} type="date" {...reg('endDate')} />}
          </Field>
        </div>
      </Card>
      <Card className="space-y-4">
        <h2 className="text-lg font-semibold">{t('registration')}</h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="opensAt" label={t('opensAt')} hint={t('windowHint')} error={message(e.opensAt?.message)} required>
            {(p) => <Input {...p} type="datetime-local" {...reg('opensAt')} />}
          </Field>
          <Field id="closesAt" label={t('closesAt')} hint={t('windowHint')} error={message(e.closesAt?.message)} required>
            {(p) => <Input {...p} type="datetime-local" {...reg('closesAt')} />}
          </Field>
          <Field id="capacity" label={t('capacity')} hint={t('capacityHint')} error={message(e.capacity?.message)}>
            {(p) => <Input {...p} inputMode="numeric" {...reg('capacity')} />}
          </Field>
          <Field id="currency" label={t('currency')} hint={t('currencyHint')} error={message(e.currency?.message)} required>
            {(p) => <Input {...p} maxLength={3} autoCapitalize="characters" {...reg('currency')} />}
          </Field>
        </div>
        <CheckboxField id="requiresApproval" label={t('requiresApproval')} {...reg('requiresApproval')} />
        <CheckboxGroup control={form.control} name="participantTypes" legend={t('participantTypes')} error={message(e.participantTypes?.message)} columns={2}
          options={PARTICIPANT_TYPES.map((p) => ({ value: p, label: tReg(`participantTypes.${p}`) }))} />
      </Card>
      <Button type="submit" disabled={form.formState.isSubmitting} data-testid="event-submit">
        {form.formState.isSubmitting ? t('saving') : editing ? t('save') : t('create')}
      </Button>
    </form>
  );
}
