'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { applyFieldErrors, FormError, useValidationMessage } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { LOCALE_NAMES, LOCALES } from '@/lib/i18n/locales';
import { useRouter } from '@/lib/i18n/navigation';
import { deleteTrackAction, saveTrackAction } from '../actions';
import { trackSchema, type TrackInput } from '../schema';
import { ErrorFocus } from '@/components/ui/error-focus';

const FIELDS = ['color', ...LOCALES.map((l) => `name.${l}`)];

export function TrackForm({ eventId, track }: { eventId: string; track?: { id: string; name: Partial<Record<(typeof LOCALES)[number], string>>; color: string } }) {
  const t = useTranslations('programme');
  const message = useValidationMessage();
  const router = useRouter();
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [saved, setSaved] = useState(false);
  const prefix = track ? `track-${track.id}` : 'track-new';
  const names = (value?: Partial<Record<string, string>>) => Object.fromEntries(LOCALES.map((l) => [l, value?.[l] ?? ''])) as TrackInput['name'];
  const blank = { eventId, name: names(), color: '#1d4ed8' };
  const form = useForm<TrackInput>({
    resolver: zodResolver(trackSchema, undefined, { raw: true }) as never,
    defaultValues: track ? { eventId, id: track.id, name: names(track.name), color: track.color } : blank,
  });
  const { errors, isSubmitting } = form.formState;
  const nameErrors = errors.name as Record<string, { message?: string }> | undefined;
  const onSubmit = form.handleSubmit(async (values) => {
    setCode(null);
    setSaved(false);
    const result = await saveTrackAction(values);
    if (!result.ok) {
      applyFieldErrors(form.setError, result.fieldErrors, FIELDS);
      setCode(result.code);
      return;
    }
    setSaved(true);
    if (!track) form.reset(blank);
    router.refresh();
  });
  const remove = async () => {
    if (!track) return;
    const result = await deleteTrackAction({ eventId, id: track.id });
    if (result.ok) router.refresh();
    else setCode(result.code);
  };
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid={prefix}>
      <ErrorFocus formState={form.formState} />
      <FormError code={code} testId={`${prefix}-error`} />
      <div className="grid gap-3 sm:grid-cols-2">
        {LOCALES.map((l) => (
          <Field key={l} id={`${prefix}-name-${l}`} label={t('tracks.nameIn', { language: LOCALE_NAMES[l] })} error={message(nameErrors?.[l]?.message)}>
            {(p) => <Input {...p} lang={l} {...form.register(`name.${l}`)} />}
          </Field>
        ))}
        <Field id={`${prefix}-color`} label={t('tracks.color')} error={message(errors.color?.message)} required>
          {(p) => <Input {...p} type="color" className="h-11 w-24 p-1" {...form.register('color')} />}
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={isSubmitting}>
          {track ? t('save') : t('tracks.add')}
        </Button>
        {track ? (
          <Button type="button" variant="danger" onClick={remove}>
            {t('delete')}
          </Button>
        ) : null}
        {saved ? (
          <span role="status" className="text-sm text-brand-700">
            {t('savedShort')}
          </span>
        ) : null}
      </div>
    </form>
  );
}
