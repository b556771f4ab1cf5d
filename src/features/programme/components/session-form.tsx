'use client';

import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Select, Textarea } from '@/components/ui/input';
import { applyFieldErrors, FormError, useValidationMessage } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { countryOptions, languageName, type GeoLocale } from '@/lib/geo';
import { LOCALE_NAMES, LOCALES, type AppLocale } from '@/lib/i18n/locales';
import { useRouter } from '@/lib/i18n/navigation';
import { saveSessionAction } from '../actions';
import type { Conflict } from '../conflicts';
import { CONTINENT_VALUES, GENDER_VALUES, ORGANIZATION_KIND_VALUES, PARTICIPANT_TYPE_VALUES } from '../eligibility';
import { SESSION_KINDS, sessionSchema, type SessionInput } from '../schema';
import { CheckboxGroup } from './checkbox-group';
import { ConflictItems } from './conflict-list';
import { ErrorFocus } from '@/components/ui/error-focus';

const FIELDS = ['kind', 'trackId', 'roomId', 'date', 'startTime', 'endTime', 'capacity', 'workingLanguages', 'interpretationLanguages', ...LOCALES.map((l) => `title.${l}`), ...LOCALES.map((l) => `description.${l}`)];

export type SessionFormProps = {
  eventId: string;
  slug: string;
  eventLanguages: AppLocale[];
  defaults: SessionInput;
  rooms: { id: string; name: string; capacity: number }[];
  tracks: { id: string; name: string }[];
  delegations: { id: string; name: string }[];
  languageChoices: string[];
  /** Titles of the event's sessions, to name the other side of a conflict. */
  titles: Record<string, string>;
};

export function SessionForm({ eventId, slug, eventLanguages, defaults, rooms, tracks, delegations, languageChoices, titles }: SessionFormProps) {
  const t = useTranslations('programme');
  const tc = useTranslations('programme.conflicts');
  const locale = useLocale() as GeoLocale;
  const message = useValidationMessage();
  const router = useRouter();
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [conflicts, setConflicts] = useState<Conflict[] | null>(null);
  const form = useForm<SessionInput>({ resolver: zodResolver(sessionSchema, undefined, { raw: true }) as never, defaultValues: defaults });
  const speakers = useFieldArray({ control: form.control, name: 'speakers' });
  const { errors, isSubmitting } = form.formState;
  const countries = countryOptions(locale);
  const languageOptions = languageChoices.map((code) => ({ value: code, label: languageName(code, locale) }));

  const submit = (confirmConflicts: boolean) =>
    form.handleSubmit(async (values) => {
      setCode(null);
      const result = await saveSessionAction({ ...values, eventId, confirmConflicts });
      if (!result.ok) {
        applyFieldErrors(form.setError, result.fieldErrors, FIELDS);
        if (result.code !== 'VALIDATION') setCode(result.code);
        else setCode('VALIDATION');
        return;
      }
      if (!result.data.saved) {
        setConflicts(result.data.conflicts);
        return;
      }
      setConflicts(null);
      router.push(`/staff/events/${slug}/programme?saved=${result.data.id}`);
      router.refresh();
    });

  const title = (id: string) => titles[id] ?? t('thisSession');
  const err = (m: string | undefined) => message(m);
  const nested = errors as unknown as Record<string, Record<string, { message?: string }> | undefined>;

  return (
    <form onSubmit={submit(false)} noValidate className="space-y-6" data-testid="session-form">
      <ErrorFocus formState={form.formState} />
      <FormError code={code} />
      {conflicts ? (
        <div data-testid="session-conflicts">
          <Alert tone="warning" live>
            <p className="font-semibold">{t('conflictsFound', { count: conflicts.length })}</p>
            <ConflictItems conflicts={conflicts} title={title} t={(k, v) => tc(k, v)} />
            <p className="mt-2">{t('conflictsHelp')}</p>
            <div className="mt-3 flex flex-wrap gap-2">
              <Button type="button" variant="danger" disabled={isSubmitting} onClick={submit(true)} data-testid="save-anyway">
                {t('saveAnyway')}
              </Button>
            </div>
          </Alert>
        </div>
      ) : null}

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t('form.what')}</legend>
        <Field id="kind" label={t('form.kind')} error={err(errors.kind?.message)} required>
          {(p) => (
            <Select {...p} {...form.register('kind')}>
              {SESSION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <p className="text-sm text-stone-700">{t('form.titleHint', { language: LOCALE_NAMES[eventLanguages[0] ?? 'fr'] })}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {LOCALES.map((l) => (
            <Field key={l} id={`title-${l}`} label={t('form.titleIn', { language: LOCALE_NAMES[l] })} error={err(nested.title?.[l]?.message)} required={l === eventLanguages[0]}>
              {(p) => <Input {...p} lang={l} {...form.register(`title.${l}`)} />}
            </Field>
          ))}
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          {LOCALES.map((l) => (
            <Field key={l} id={`description-${l}`} label={t('form.descriptionIn', { language: LOCALE_NAMES[l] })} error={err(nested.description?.[l]?.message)}>
              {(p) => <Textarea {...p} lang={l} rows={4} {...form.register(`description.${l}`)} />}
            </Field>
          ))}
        </div>
        <Field id="trackId" label={t('form.track')} error={err(errors.trackId?.message)}>
          {(p) => (
            <Select {...p} {...form.register('trackId')}>
              <option value="">{t('form.noTrack')}</option>
              {tracks.map((tr) => (
                <option key={tr.id} value={tr.id}>
                  {tr.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t('form.when')}</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id="date" label={t('form.date')} error={err(errors.date?.message)} required>
            {(p) => <Input {...p} type="date" {...form.register('date')} />}
          </Field>
          <Field id="startTime" label={t('form.start')} error={err(errors.startTime?.message)} required>
            {(p) => <Input {...p} type="time" step={300} {...form.register('startTime')} />}
          </Field>
          <Field id="endTime" label={t('form.end')} error={err(errors.endTime?.message)} required>
            {(p) => <Input {...p} type="time" step={300} {...form.register('endTime')} />}
          </Field>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="roomId" label={t('form.room')} error={err(errors.roomId?.message)}>
            {(p) => (
              <Select {...p} {...form.register('roomId')}>
                <option value="">{t('form.noRoom')}</option>
                {rooms.map((r) => (
                  <option key={r.id} value={r.id}>
                    {t('form.roomOption', { name: r.name, capacity: r.capacity })}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field id="capacity" label={t('form.capacity')} hint={t('form.capacityHint')} error={err(errors.capacity?.message)}>
            {(p) => <Input {...p} inputMode="numeric" {...form.register('capacity')} />}
          </Field>
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t('form.languages')}</legend>
        <CheckboxGroup control={form.control} name="workingLanguages" legend={t('form.workingLanguages')} options={languageOptions} error={err(errors.workingLanguages?.message)} columns="grid-cols-2 sm:grid-cols-4" />
        <CheckboxGroup control={form.control} name="interpretationLanguages" legend={t('form.interpretationLanguages')} options={languageOptions} error={err(errors.interpretationLanguages?.message)} columns="grid-cols-2 sm:grid-cols-4" />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t('form.eligibility')}</legend>
        <p className="text-sm text-stone-700">{t('form.eligibilityHint')}</p>
        <CheckboxGroup control={form.control} name="eligibility.continents" legend={t('form.continents')} options={CONTINENT_VALUES.map((v) => ({ value: v, label: t(`continents.${v}`) }))} columns="grid-cols-2 sm:grid-cols-3" />
        <CheckboxGroup control={form.control} name="eligibility.genders" legend={t('form.genders')} options={GENDER_VALUES.map((v) => ({ value: v, label: t(`genders.${v}`) }))} columns="grid-cols-2 sm:grid-cols-4" />
        <CheckboxGroup control={form.control} name="eligibility.participantTypes" legend={t('form.participantTypes')} options={PARTICIPANT_TYPE_VALUES.map((v) => ({ value: v, label: t(`participantTypes.${v}`) }))} columns="grid-cols-2 sm:grid-cols-3" />
        <CheckboxGroup control={form.control} name="eligibility.organizationKinds" legend={t('form.organizationKinds')} options={ORGANIZATION_KIND_VALUES.map((v) => ({ value: v, label: t(`organizationKinds.${v}`) }))} />
        {delegations.length > 0 ? (
          <div className="max-h-64 overflow-y-auto rounded border border-stone-200 p-2" tabIndex={0} role="region" aria-label={t('form.delegations')}>
            <CheckboxGroup control={form.control} name="eligibility.delegationIds" legend={t('form.delegations')} options={delegations.map((d) => ({ value: d.id, label: d.name }))} />
          </div>
        ) : null}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t('form.speakers')}</legend>
        {speakers.fields.map((field, i) => {
          const se = errors.speakers?.[i];
          return (
            <div key={field.id} className="grid gap-3 rounded-md border border-stone-200 p-3 sm:grid-cols-2" data-testid="speaker-row">
              <Field id={`speaker-${i}-name`} label={t('form.speakerName')} error={err(se?.name?.message)} required>
                {(p) => <Input {...p} {...form.register(`speakers.${i}.name`)} />}
              </Field>
              <Field id={`speaker-${i}-organization`} label={t('form.speakerOrganization')} error={err(se?.organization?.message)}>
                {(p) => <Input {...p} {...form.register(`speakers.${i}.organization`)} />}
              </Field>
              <Field id={`speaker-${i}-country`} label={t('form.speakerCountry')} error={err(se?.country?.message)}>
                {(p) => (
                  <Select {...p} {...form.register(`speakers.${i}.country`)}>
                    <option value="">—</option>
                    {countries.map((c) => (
                      <option key={c.code} value={c.code}>
                        {c.name}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
              <Field id={`speaker-${i}-role`} label={t('form.speakerRole')}>
                {(p) => (
                  <Select {...p} {...form.register(`speakers.${i}.role`)}>
                    <option value="SPEAKER">{t('speakerRoles.SPEAKER')}</option>
                    <option value="MODERATOR">{t('speakerRoles.MODERATOR')}</option>
                  </Select>
                )}
              </Field>
              <div className="sm:col-span-2">
                <Button type="button" variant="ghost" onClick={() => speakers.remove(i)}>
                  {t('form.removeSpeaker', { n: i + 1 })}
                </Button>
              </div>
            </div>
          );
        })}
        <Button type="button" variant="secondary" onClick={() => speakers.append({ name: '', organization: '', country: '', role: 'SPEAKER' })}>
          {t('form.addSpeaker')}
        </Button>
      </fieldset>

      <Button type="submit" disabled={isSubmitting} className="w-full sm:w-auto" data-testid="save-session">
        {isSubmitting ? t('saving') : t('save')}
      </Button>
    </form>
  );
}
