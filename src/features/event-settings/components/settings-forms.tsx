'use client';

import { useState } from 'react';
import { useForm, useWatch, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Select, Textarea } from '@/components/ui/input';
import { applyFieldErrors, FormError, useValidationMessage } from '@/components/ui/form-messages';
import type { ActionResult } from '@/lib/action';
import type { ErrorCode } from '@/lib/errors';
import { LOCALE_NAMES, LOCALES } from '@/lib/i18n/locales';
import { useRouter } from '@/lib/i18n/navigation';
import { CheckboxField, CheckboxGroup } from '@/features/registrations/components/choice-inputs';
import { QUESTION_TYPES } from '@/features/registrations/questions';
import { PARTICIPANT_TYPES } from '@/features/registrations/schema';
import { deleteQuestion, saveFeeCategory, saveQuestion, updateRegistrationSettings } from '../actions';
import { feeCategorySchema, questionSchema, registrationSettingsSchema, type FeeCategoryInput, type QuestionInput, type RegistrationSettingsInput } from '../schema';
import { ErrorFocus } from '@/components/ui/error-focus';

/** Submit + server field errors + "saved" notice, the same for the three forms. */
function useSettingsForm<T extends FieldValues>(form: UseFormReturn<T>, fields: readonly string[], send: (values: T) => Promise<ActionResult<unknown>>, reset = false) {
  const router = useRouter();
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [saved, setSaved] = useState(false);
  const onSubmit = form.handleSubmit(async () => {
    setCode(null);
    setSaved(false);
    const result = await send(form.getValues());
    if (!result.ok) {
      applyFieldErrors(form.setError, result.fieldErrors, fields);
      return setCode(result.code);
    }
    setSaved(true);
    if (reset) form.reset();
    router.refresh();
  });
  return { onSubmit, code, saved };
}

function LocalizedInputs<T extends FieldValues>({ form, name, idPrefix, label, multiline, errors }: { form: UseFormReturn<T>; name: string; idPrefix: string; label: (language: string) => string; multiline?: boolean; errors?: (l: string) => string | undefined }) {
  return (
    <>
      {LOCALES.map((l) => (
        <Field key={l} id={`${idPrefix}-${l}`} label={label(LOCALE_NAMES[l])} error={errors?.(l)}>
          {(p) => (multiline ? <Textarea {...p} lang={l} rows={4} {...form.register(`${name}.${l}` as Path<T>)} /> : <Input {...p} lang={l} {...form.register(`${name}.${l}` as Path<T>)} />)}
        </Field>
      ))}
    </>
  );
}

export function GeneralSettingsForm({ initial, timeZone }: { initial: RegistrationSettingsInput; timeZone: string }) {
  const t = useTranslations('registrationAdmin.settings');
  const tReg = useTranslations('registration');
  const message = useValidationMessage();
  const form = useForm<RegistrationSettingsInput>({ resolver: zodResolver(registrationSettingsSchema) as never, defaultValues: initial });
  const e = form.formState.errors;
  const { onSubmit, code, saved } = useSettingsForm(form, ['opensAt', 'closesAt', 'capacity', 'participantTypes', 'privacyNoticeVersion'], updateRegistrationSettings);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="settings-general">
      <ErrorFocus formState={form.formState} />
      <FormError code={code} />
      {saved ? <Alert tone="success" live>{t('saved')}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="opensAt" label={t('opensAt')} hint={t('timeZoneHint', { timeZone })} error={message(e.opensAt?.message)} required>
          {(p) => <Input {...p} type="datetime-local" {...form.register('opensAt')} />}
        </Field>
        <Field id="closesAt" label={t('closesAt')} hint={t('timeZoneHint', { timeZone })} error={message(e.closesAt?.message)} required>
          {(p) => <Input {...p} type="datetime-local" {...form.register('closesAt')} />}
        </Field>
      </div>
      <Field id="capacity" label={t('capacity')} hint={t('capacityHint')} error={message(e.capacity?.message)}>
        {(p) => <Input {...p} inputMode="numeric" {...form.register('capacity')} />}
      </Field>
      <CheckboxField id="requiresApproval" label={t('requiresApproval')} {...form.register('requiresApproval')} />
      <CheckboxGroup control={form.control} name="participantTypes" legend={t('participantTypes')} error={message(e.participantTypes?.message)} columns={2}
        options={PARTICIPANT_TYPES.map((p) => ({ value: p, label: tReg(`participantTypes.${p}`) }))} />
      <LocalizedInputs form={form} name="privacyNotice" idPrefix="privacy" multiline label={(language) => t('privacyNotice', { language })} />
      <Field id="privacyNoticeVersion" label={t('privacyVersion')} hint={t('privacyVersionHint')} error={message(e.privacyNoticeVersion?.message)} required>
        {(p) => <Input {...p} {...form.register('privacyNoticeVersion')} />}
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>{form.formState.isSubmitting ? t('saving') : t('save')}</Button>
    </form>
  );
}

export function FeeCategoryForm({ initial }: { initial: FeeCategoryInput }) {
  const t = useTranslations('registrationAdmin.settings');
  const tFee = useTranslations('people.fees');
  const message = useValidationMessage();
  const form = useForm<FeeCategoryInput>({ resolver: zodResolver(feeCategorySchema) as never, defaultValues: initial });
  const e = form.formState.errors;
  const key = initial.id ?? 'new';
  const { onSubmit, code, saved } = useSettingsForm(form, ['code', 'amount', 'currency', 'label.fr'], saveFeeCategory, !initial.id);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid={`fee-form-${key}`}>
      <ErrorFocus formState={form.formState} />
      <FormError code={code} />
      {saved ? <Alert tone="success" live>{t('saved')}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id={`fee-code-${key}`} label={t('fees.code')} error={message(e.code?.message)} required>
          {(p) => <Input {...p} {...form.register('code')} />}
        </Field>
        <Field id={`fee-amount-${key}`} label={t('fees.amount')} error={message(e.amount?.message)} required>
          {(p) => <Input {...p} inputMode="decimal" {...form.register('amount')} />}
        </Field>
        <Field id={`fee-currency-${key}`} label={t('fees.currency')} error={message(e.currency?.message)} required>
          {(p) => <Input {...p} maxLength={3} {...form.register('currency')} />}
        </Field>
      </div>
      <LocalizedInputs form={form} name="label" idPrefix={`fee-label-${key}`} label={(language) => t('fees.label', { language })} errors={(l) => (l === 'fr' ? message(e.label?.fr?.message) : undefined)} />
      <LocalizedInputs form={form} name="description" idPrefix={`fee-description-${key}`} multiline label={(language) => `${tFee('description')} — ${language}`} />
      <CheckboxField id={`fee-active-${key}`} label={t('fees.active')} {...form.register('active')} />
      <Button type="submit" disabled={form.formState.isSubmitting}>{t('save')}</Button>
    </form>
  );
}

export function QuestionForm({ initial, otherKeys }: { initial: QuestionInput; otherKeys: string[] }) {
  const t = useTranslations('registrationAdmin.settings');
  const message = useValidationMessage();
  const form = useForm<QuestionInput>({ resolver: zodResolver(questionSchema) as never, defaultValues: initial });
  const e = form.formState.errors;
  const key = initial.id ?? 'new';
  const type = useWatch({ control: form.control, name: 'type' });
  const { onSubmit, code, saved } = useSettingsForm(form, ['key', 'type', 'options', 'showIfKey', 'showIfValue', 'label.fr'], saveQuestion, !initial.id);
  const router = useRouter();
  const [deleteCode, setDeleteCode] = useState<ErrorCode | null>(null);
  const remove = async () => {
    if (!initial.id) return;
    const result = await deleteQuestion({ eventId: initial.eventId, id: initial.id });
    if (!result.ok) return setDeleteCode(result.code);
    router.refresh();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid={`question-form-${key}`}>
      <ErrorFocus formState={form.formState} />
      <FormError code={code ?? deleteCode} />
      {saved ? <Alert tone="success" live>{t('saved')}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`q-key-${key}`} label={t('questions.key')} hint={t('questions.keyHint')} error={message(e.key?.message)} required>
          {(p) => <Input {...p} {...form.register('key')} />}
        </Field>
        <Field id={`q-type-${key}`} label={t('questions.type')} error={message(e.type?.message)} required>
          {(p) => (
            <Select {...p} {...form.register('type')}>
              {QUESTION_TYPES.map((qt) => <option key={qt} value={qt}>{t(`questions.types.${qt}`)}</option>)}
            </Select>
          )}
        </Field>
      </div>
      <LocalizedInputs form={form} name="label" idPrefix={`q-label-${key}`} label={(language) => t('questions.label', { language })} errors={(l) => (l === 'fr' ? message(e.label?.fr?.message) : undefined)} />
      {type === 'CHOICE' || type === 'MULTI_CHOICE' ? (
        <Field id={`q-options-${key}`} label={t('questions.options')} hint={t('questions.optionsHint')} error={message(e.options?.message)} required>
          {(p) => <Textarea {...p} rows={4} {...form.register('options')} />}
        </Field>
      ) : null}
      <CheckboxField id={`q-required-${key}`} label={t('questions.required')} {...form.register('required')} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`q-showif-${key}`} label={t('questions.showIfKey')} error={message(e.showIfKey?.message)}>
          {(p) => (
            <Select {...p} {...form.register('showIfKey')}>
              <option value="">{t('questions.always')}</option>
              {otherKeys.map((k) => <option key={k} value={k}>{k}</option>)}
            </Select>
          )}
        </Field>
        <Field id={`q-showvalue-${key}`} label={t('questions.showIfValue')} error={message(e.showIfValue?.message)}>
          {(p) => <Input {...p} {...form.register('showIfValue')} />}
        </Field>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>{t('save')}</Button>
        {initial.id ? <Button variant="danger" onClick={remove}>{t('questions.delete')}</Button> : null}
      </div>
    </form>
  );
}
