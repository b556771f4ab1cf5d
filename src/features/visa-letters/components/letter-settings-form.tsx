'use client';

import { useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';
import { applyFieldErrors, FormError, useValidationMessage } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import type { AppLocale } from '@/lib/i18n/locales';
import { useRouter } from '@/lib/i18n/navigation';
import { updateLetterSettings, uploadLetterImage } from '../actions';
import { IMAGE_MAX_BYTES, letterSettingsSchema, type ImageKind, type LetterSettingsInput } from '../schema';
import { PLACEHOLDERS, unknownPlaceholders } from '../template';

/** Our own keys (`visaLetters.x`) from this namespace, the shared ones from `validation`. */
function useLetterMessage() {
  const t = useTranslations('visaLetters.validation');
  const shared = useValidationMessage();
  return (m: string | undefined) => (m?.startsWith('visaLetters.') ? t(m.slice('visaLetters.'.length) as never) : shared(m));
}

function TemplateField({ form, locale, label }: { form: ReturnType<typeof useForm<LetterSettingsInput>>; locale: AppLocale; label: string }) {
  const t = useTranslations('visaLetters.settings');
  const message = useValidationMessage();
  const value = useWatch({ control: form.control, name: `templates.${locale}` }) ?? '';
  const unknown = unknownPlaceholders(value);
  const error = message(form.formState.errors.templates?.[locale]?.message) ?? (unknown.length ? t('unknown', { list: unknown.map((u) => `{${u}}`).join(', ') }) : undefined);
  return (
    <Field id={`template-${locale}`} label={label} error={error}>
      {(p) => <Textarea {...p} lang={locale} rows={9} {...form.register(`templates.${locale}`)} />}
    </Field>
  );
}

export function LetterSettingsForm({ initial, languages, languageNames }: { initial: LetterSettingsInput; languages: AppLocale[]; languageNames: Record<AppLocale, string> }) {
  const t = useTranslations('visaLetters.settings');
  const message = useLetterMessage();
  const router = useRouter();
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<LetterSettingsInput>({ resolver: zodResolver(letterSettingsSchema) as never, defaultValues: initial });
  const e = form.formState.errors;
  const onSubmit = form.handleSubmit(async () => {
    setCode(null);
    setSaved(false);
    const result = await updateLetterSettings(form.getValues());
    if (!result.ok) {
      applyFieldErrors(form.setError, result.fieldErrors, ['signatoryName', 'signatoryTitle', 'retentionDays', ...languages.map((l) => `templates.${l}`)]);
      return setCode(result.code);
    }
    setSaved(true);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="letter-settings">
      <FormError code={code} />
      {saved ? <Alert tone="success" live>{t('saved')}</Alert> : null}
      <p className="text-sm text-stone-700">{t('placeholders', { list: PLACEHOLDERS.map((p) => `{${p}}`).join(' ') })}</p>
      {languages.map((l) => <TemplateField key={l} form={form} locale={l} label={t('templateFor', { language: languageNames[l] })} />)}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="signatoryName" label={t('signatoryName')} error={message(e.signatoryName?.message)}>
          {(p) => <Input {...p} {...form.register('signatoryName')} />}
        </Field>
        <Field id="signatoryTitle" label={t('signatoryTitle')} error={message(e.signatoryTitle?.message)}>
          {(p) => <Input {...p} {...form.register('signatoryTitle')} />}
        </Field>
      </div>
      <Field id="retentionDays" label={t('retentionDays')} hint={t('retentionHint')} error={message(e.retentionDays?.message)} required>
        {(p) => <Input {...p} inputMode="numeric" className="max-w-32" {...form.register('retentionDays')} />}
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>{t('save')}</Button>
    </form>
  );
}

/** Upload (PNG/JPEG, ≤ 512 KB, checked again on the server by its bytes) or remove one image. */
export function LetterImageForm({ eventId, kind, current }: { eventId: string; kind: ImageKind; current: string | null }) {
  const t = useTranslations('visaLetters.settings');
  const tv = useTranslations('visaLetters.validation');
  const message = useLetterMessage();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | undefined>();
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async (file: File | null) => {
    setError(undefined);
    setCode(null);
    if (file && file.size > IMAGE_MAX_BYTES) return setError(tv('imageTooLarge'));
    const fd = new FormData();
    fd.set('eventId', eventId);
    fd.set('kind', kind);
    if (file) fd.set('file', file);
    setBusy(true);
    const result = await uploadLetterImage(fd).catch(() => ({ ok: false as const, code: 'INTERNAL' as const, fieldErrors: undefined }));
    setBusy(false);
    if (!result.ok) {
      if (result.fieldErrors?.file) return setError(message(result.fieldErrors.file[0]));
      return setCode(result.code);
    }
    if (input.current) input.current.value = '';
    router.refresh();
  };
  const id = `image-${kind}`;
  return (
    <form
      className="space-y-2"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const file = input.current?.files?.[0] ?? null;
        if (!file) return setError(tv('imageEmpty'));
        void send(file);
      }}
    >
      <FormError code={code} />
      <Field id={id} label={t(kind)} hint={`${t('imageHint')} ${current ? t('current', { type: current }) : t('noImage')}`} error={error}>
        {(p) => <input {...p} ref={input} type="file" accept="image/png,image/jpeg" className="block min-h-11 w-full" />}
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="secondary" disabled={busy}>{t('upload')}</Button>
        {current ? <Button type="button" variant="ghost" disabled={busy} onClick={() => void send(null)}>{t('remove')}</Button> : null}
      </div>
    </form>
  );
}
