'use client';

import { useTranslations } from 'next-intl';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { Field } from '@/components/ui/field';
import { Input, Select, Textarea } from '@/components/ui/input';
import { localized, localizedLang } from '@/lib/i18n/localized';
import { fullName, NAME_ORDERS } from '@/lib/names';
import { visibleQuestions } from '../questions';
import { ACCESSIBILITY, ACCOMMODATIONS, DIETARY, GENDERS, ORGANIZATION_KINDS } from '../choices';
import type { RegistrationFormValues } from '../schema';
import { CheckboxField, CheckboxGroup, RadioGroup } from './choice-inputs';
import { LanguagePicker } from './language-picker';
import type { FormOptions } from './types';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The ~250 countries as one HTML string inside the native <select>: React then hydrates one
 * element instead of 250 <option>s, which was the largest part of this page's start-up work
 * on a slow phone. react-hook-form still reads and sets the select's value through its ref.
 */
export function countryOptionsHtml(choose: string, countries: FormOptions['countries']): { __html: string } {
  return { __html: `<option value="">${escapeHtml(choose)}</option>${countries.map((c) => `<option value="${escapeHtml(c.code)}">${escapeHtml(c.name)}</option>`).join('')}` };
}

type StepProps = { form: UseFormReturn<RegistrationFormValues>; options: FormOptions; message: (m: string | undefined) => string | undefined };

export function IdentityStep({ form, options, message }: StepProps) {
  const t = useTranslations('registration');
  const tn = useTranslations('people.names');
  const e = form.formState.errors;
  const r = form.register;
  const [given, family] = useWatch({ control: form.control, name: ['firstName', 'lastName'] });
  return (
    <div className="space-y-4">
      <p className="text-sm text-stone-700">{t('hints.names')}</p>
      <Field id="firstName" label={t('fields.firstName')} error={message(e.firstName?.message)} required>
        {(p) => <Input {...p} autoComplete="given-name" {...r('firstName')} />}
      </Field>
      <Field id="lastName" label={t('fields.lastName')} error={message(e.lastName?.message)} required>
        {(p) => <Input {...p} autoComplete="family-name" {...r('lastName')} />}
      </Field>
      <RadioGroup control={form.control} name="nameOrder" legend={tn('order')} hint={tn('orderHint')} required error={message(e.nameOrder?.message)} testId="name-order"
        options={NAME_ORDERS.map((o) => ({ value: o, label: tn(o, { example: fullName(given || '…', family || '…', o) }) }))} />
      <Field id="gender" label={t('fields.gender')} error={message(e.gender?.message)}>
        {(p) => (
          <Select {...p} {...r('gender')}>
            <option value="">{t('choose')}</option>
            {GENDERS.map((g) => <option key={g} value={g}>{t(`genders.${g}`)}</option>)}
          </Select>
        )}
      </Field>
      <Field id="email" label={t('fields.email')} hint={t('hints.email')} error={message(e.email?.message)} required>
        {(p) => <Input {...p} type="email" inputMode="email" autoComplete="email" {...r('email')} />}
      </Field>
      <Field id="phone" label={t('fields.phone')} hint={t('hints.phone')} error={message(e.phone?.message)}>
        {(p) => <Input {...p} type="tel" inputMode="tel" autoComplete="tel" {...r('phone')} />}
      </Field>
      <Field id="organization" label={t('fields.organization')} error={message(e.organization?.message)} required>
        {(p) => <Input {...p} autoComplete="organization" {...r('organization')} />}
      </Field>
      <Field id="organizationKind" label={t('fields.organizationKind')} error={message(e.organizationKind?.message)} required>
        {(p) => (
          <Select {...p} {...r('organizationKind')}>
            <option value="">{t('choose')}</option>
            {ORGANIZATION_KINDS.map((k) => <option key={k} value={k}>{t(`organizationKinds.${k}`)}</option>)}
          </Select>
        )}
      </Field>
      <Field id="organizationRole" label={t('fields.organizationRole')} error={message(e.organizationRole?.message)}>
        {(p) => <Input {...p} autoComplete="organization-title" {...r('organizationRole')} />}
      </Field>
      <Field id="country" label={t('fields.country')} error={message(e.country?.message)} required>
        {(p) => (
          <Select {...p} autoComplete="country" {...r('country')} dangerouslySetInnerHTML={countryOptionsHtml(t('choose'), options.countries)} />
        )}
      </Field>
      <Field id="city" label={t('fields.city')} error={message(e.city?.message)}>
        {(p) => <Input {...p} autoComplete="address-level2" {...r('city')} />}
      </Field>
    </div>
  );
}

export function ParticipationStep({ form, options, message }: StepProps) {
  const t = useTranslations('registration');
  const e = form.formState.errors;
  const answers = useWatch({ control: form.control, name: 'customAnswers' }) ?? {};
  const shown = visibleQuestions(options.questions, answers);
  const { locale, eventLanguages } = options;
  return (
    <div className="space-y-5">
      <RadioGroup control={form.control} name="participantType" legend={t('fields.participantType')} required error={message(e.participantType?.message)}
        options={options.participantTypes.map((p) => ({ value: p, label: t(`participantTypes.${p}`) }))} testId="participant-type" />
      {options.fees.length > 0 ? (
        <RadioGroup control={form.control} name="feeCategoryId" legend={t('fields.feeCategory')} required error={message(e.feeCategoryId?.message)}
          options={options.fees.map((f) => ({ value: f.id, label: f.label, detail: f.amount, description: f.description, descriptionLang: f.descriptionLang }))} testId="fee-category" />
      ) : null}
      <LanguagePicker control={form.control} name="languages" legend={t('fields.languages')} hint={t('hints.languages')} error={message(e.languages?.message)}
        options={options.languages} testId="languages" />
      <CheckboxGroup control={form.control} name="interpretationNeeds" legend={t('fields.interpretationNeeds')} hint={t('hints.interpretationNeeds')} error={message(e.interpretationNeeds?.message)}
        options={eventLanguages.map((l) => ({ value: l, label: options.eventLanguageNames[l] ?? l }))} />
      {shown.length > 0 ? (
        <fieldset className="space-y-4 border-t border-stone-200 pt-4">
          <legend className="text-lg font-semibold">{t('fields.customQuestions')}</legend>
          {shown.map((q) => {
            const label = <span lang={localizedLang(q.label, locale, eventLanguages)}>{localized(q.label, locale, eventLanguages)}</span>;
            const error = message(e.customAnswers?.[q.key]?.message);
            const name = `customAnswers.${q.key}` as const;
            const opts = q.options.map((o) => ({ value: o.value, label: localized(o.label, locale, eventLanguages) || o.value }));
            switch (q.type) {
              case 'TEXT':
                return (
                  <Field key={q.key} id={`q-${q.key}`} label={label} error={error} required={q.required}>
                    {(p) => <Input {...p} {...form.register(name)} />}
                  </Field>
                );
              case 'YES_NO':
                return <RadioGroup key={q.key} control={form.control} name={name} legend={label} required={q.required} error={error} options={[{ value: 'yes', label: t('yes') }, { value: 'no', label: t('no') }]} />;
              case 'CHOICE':
                return <RadioGroup key={q.key} control={form.control} name={name} legend={label} required={q.required} error={error} options={opts} />;
              case 'MULTI_CHOICE':
                return <CheckboxGroup key={q.key} control={form.control} name={name} legend={label} error={error} options={opts} />;
            }
          })}
        </fieldset>
      ) : null}
    </div>
  );
}

export function TravelStep({ form, options, message }: StepProps) {
  const t = useTranslations('registration');
  const e = form.formState.errors;
  const r = form.register;
  return (
    <div className="space-y-4">
      <Field id="arrivalAt" label={t('fields.arrivalAt')} hint={t('hints.travelTimes', { timeZone: options.timeZone })} error={message(e.arrivalAt?.message)}>
        {(p) => <Input {...p} type="datetime-local" {...r('arrivalAt')} />}
      </Field>
      <Field id="departureAt" label={t('fields.departureAt')} hint={t('hints.travelTimes', { timeZone: options.timeZone })} error={message(e.departureAt?.message)}>
        {(p) => <Input {...p} type="datetime-local" {...r('departureAt')} />}
      </Field>
      <Field id="travelDetails" label={t('fields.travelDetails')} error={message(e.travelDetails?.message)}>
        {(p) => <Input {...p} {...r('travelDetails')} />}
      </Field>
      <RadioGroup control={form.control} name="accommodation" legend={t('fields.accommodation')} required error={message(e.accommodation?.message)}
        options={ACCOMMODATIONS.map((a) => ({ value: a, label: t(`accommodations.${a}`) }))} testId="accommodation" />
      <CheckboxGroup control={form.control} name="dietary" legend={t('fields.dietary')} error={message(e.dietary?.message)} columns={2} options={DIETARY.map((d) => ({ value: d, label: t(`dietary.${d}`) }))} />
      <Field id="dietaryNotes" label={t('fields.dietaryNotes')} error={message(e.dietaryNotes?.message)}>
        {(p) => <Textarea {...p} rows={2} {...r('dietaryNotes')} />}
      </Field>
      <CheckboxGroup control={form.control} name="accessibility" legend={t('fields.accessibility')} error={message(e.accessibility?.message)} columns={2} options={ACCESSIBILITY.map((a) => ({ value: a, label: t(`accessibility.${a}`) }))} />
      <Field id="accessibilityNotes" label={t('fields.accessibilityNotes')} error={message(e.accessibilityNotes?.message)}>
        {(p) => <Textarea {...p} rows={2} {...r('accessibilityNotes')} />}
      </Field>
    </div>
  );
}

export function VisaStep({ form, options, message }: StepProps) {
  const t = useTranslations('registration');
  const e = form.formState.errors;
  const r = form.register;
  const visa = useWatch({ control: form.control, name: 'visaLetterRequested' });
  const bursary = useWatch({ control: form.control, name: 'bursaryRequested' });
  return (
    <div className="space-y-4">
      <CheckboxField id="visaLetterRequested" label={t('fields.visaLetterRequested')} {...r('visaLetterRequested')} />
      {visa ? (
        <div className="space-y-4 border-l-4 border-stone-300 pl-4" data-testid="visa-section">
          <p className="text-sm text-stone-700">{t('hints.sensitive')}</p>
          <Field id="nationality" label={t('fields.nationality')} error={message(e.nationality?.message)} required>
            {(p) => (
              <Select {...p} {...r('nationality')} dangerouslySetInnerHTML={countryOptionsHtml(t('choose'), options.countries)} />
            )}
          </Field>
          <Field id="passportNumber" label={t('fields.passportNumber')} error={message(e.passportNumber?.message)} required>
            {(p) => <Input {...p} autoComplete="off" autoCapitalize="characters" spellCheck={false} {...r('passportNumber')} />}
          </Field>
          <Field id="passportExpiry" label={t('fields.passportExpiry')} hint={t('hints.passportExpiry')} error={message(e.passportExpiry?.message)} required>
            {(p) => <Input {...p} type="date" {...r('passportExpiry')} />}
          </Field>
          <Field id="dateOfBirth" label={t('fields.dateOfBirth')} error={message(e.dateOfBirth?.message)} required>
            {(p) => <Input {...p} type="date" autoComplete="bday" {...r('dateOfBirth')} />}
          </Field>
        </div>
      ) : null}
      <CheckboxField id="bursaryRequested" label={t('fields.bursaryRequested')} {...r('bursaryRequested')} />
      {bursary ? (
        <div className="space-y-4 border-l-4 border-stone-300 pl-4" data-testid="bursary-section">
          <Field id="bursaryAmount" label={t('fields.bursaryAmount')} hint={t('hints.bursaryAmount', { currency: options.currency })} error={message(e.bursaryAmount?.message)} required>
            {(p) => <Input {...p} inputMode="numeric" {...r('bursaryAmount')} />}
          </Field>
          <Field id="bursaryReason" label={t('fields.bursaryReason')} error={message(e.bursaryReason?.message)} required>
            {(p) => <Textarea {...p} rows={3} {...r('bursaryReason')} />}
          </Field>
        </div>
      ) : null}
    </div>
  );
}
