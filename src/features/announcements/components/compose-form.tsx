'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';
import { applyFieldErrors, FormError, useValidationMessage } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { LOCALE_NAMES, type AppLocale } from '@/lib/i18n/locales';
import { Link, useRouter } from '@/lib/i18n/navigation';
import type { AttendeeFilter } from '@/features/exports/schema';
import { previewMessageAction, sendMessageAction } from '../actions';
import { ANNOUNCEMENT_KINDS, sendMessageSchema, type SendMessageInput } from '../schema';
import { PLACEHOLDERS } from '../render';

type Preview = { count: number; preview: { to: string; reference: string; locale: AppLocale; subject: string; text: string } | null };
const blankTexts = { fr: '', en: '', es: '', pt: '' };

/** Compose, preview (count + one recipient's message) and send; one key per opened form. */
export function ComposeForm({ eventId, filter, languages }: { eventId: string; filter: AttendeeFilter; languages: readonly AppLocale[] }) {
  const t = useTranslations('announcements');
  const message = useValidationMessage();
  const router = useRouter();
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewReference, setPreviewReference] = useState('');
  const [sent, setSent] = useState<{ count: number; duplicate: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<SendMessageInput>({
    resolver: zodResolver(sendMessageSchema, undefined, { raw: true }) as never,
    defaultValues: { eventId, filter, kind: 'ANNOUNCEMENT', subject: { ...blankTexts }, body: { ...blankTexts }, idempotencyKey: crypto.randomUUID() },
  });
  const { errors } = form.formState;
  const fields = languages.flatMap((l) => [`subject.${l}`, `body.${l}`]);
  const sub = errors.subject as Record<string, { message?: string }> | undefined;
  const bod = errors.body as Record<string, { message?: string }> | undefined;

  const runPreview = async () => {
    setCode(null);
    setSent(null);
    const values = form.getValues();
    const result = await previewMessageAction({ eventId, filter, kind: values.kind, subject: values.subject, body: values.body, previewReference });
    if (!result.ok) {
      applyFieldErrors(form.setError, result.fieldErrors, fields);
      setPreview(null);
      return setCode(result.code);
    }
    setPreview(result.data);
  };
  const onSubmit = form.handleSubmit(async (values) => {
    if (!window.confirm(t('confirm'))) return;
    setCode(null);
    setBusy(true);
    const result = await sendMessageAction(values);
    setBusy(false);
    if (!result.ok) {
      applyFieldErrors(form.setError, result.fieldErrors, fields);
      return setCode(result.code);
    }
    setSent({ count: result.data.recipients, duplicate: result.data.duplicate });
    setPreview(null);
    form.reset({ ...values, subject: { ...blankTexts }, body: { ...blankTexts }, idempotencyKey: crypto.randomUUID() });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="compose-message">
      <FormError code={code} testId="compose-error" />
      {sent ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-green-900" data-testid="message-sent">
          {sent.duplicate ? t('duplicate') : t('sent', { count: sent.count })}{' '}
          <Link href="/staff/outbox" className="underline">
            {t('outboxLink')}
          </Link>
        </p>
      ) : null}
      <input type="hidden" {...form.register('idempotencyKey')} />
      <fieldset className="space-y-2">
        <legend className="font-medium">{t('kind')}</legend>
        {ANNOUNCEMENT_KINDS.map((k) => (
          <label key={k} className="flex min-h-11 items-center gap-2">
            <input type="radio" value={k} {...form.register('kind')} className="h-5 w-5" />
            {t(`kinds.${k}`)}
          </label>
        ))}
      </fieldset>
      <p className="text-sm text-stone-700">{t('placeholders', { list: PLACEHOLDERS.map((p) => `{${p}}`).join(' ') })}</p>
      {languages.map((l, i) => (
        <div key={l} className="space-y-2 rounded-md border border-stone-200 p-3">
          <Field id={`msg-subject-${l}`} label={t('subjectIn', { language: LOCALE_NAMES[l] })} hint={i === 0 ? t('firstLanguage') : undefined} error={message(sub?.[l]?.message)} required={i === 0}>
            {(p) => <Input {...p} lang={l} {...form.register(`subject.${l}`)} />}
          </Field>
          <Field id={`msg-body-${l}`} label={t('bodyIn', { language: LOCALE_NAMES[l] })} error={message(bod?.[l]?.message)} required={i === 0}>
            {(p) => <Textarea {...p} lang={l} rows={6} {...form.register(`body.${l}`)} />}
          </Field>
        </div>
      ))}
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-56">
          <label htmlFor="msg-preview-ref" className="block font-medium">
            {t('previewAs')}
          </label>
          <Input id="msg-preview-ref" value={previewReference} onChange={(e) => setPreviewReference(e.target.value)} autoComplete="off" />
        </div>
        <Button type="button" variant="secondary" onClick={runPreview} data-testid="preview-message">
          {t('preview')}
        </Button>
      </div>
      {preview ? (
        <section aria-live="polite" className="space-y-2 rounded-md border border-stone-300 bg-stone-50 p-3" data-testid="message-preview">
          <p className="font-medium" data-testid="recipient-count">
            {t('willReach', { count: preview.count })}
          </p>
          {preview.preview ? (
            <>
              <p className="text-sm">{t('previewTitle', { name: preview.preview.to, reference: preview.preview.reference, language: LOCALE_NAMES[preview.preview.locale] })}</p>
              <div lang={preview.preview.locale} className="rounded bg-white p-3">
                <p className="font-semibold">{preview.preview.subject}</p>
                <p className="whitespace-pre-wrap break-words">{preview.preview.text}</p>
              </div>
            </>
          ) : (
            <p>{t('noRecipient')}</p>
          )}
          {preview.count > 0 ? (
            <Button type="submit" disabled={busy} data-testid="send-message">
              {t('send', { count: preview.count })}
            </Button>
          ) : null}
        </section>
      ) : null}
    </form>
  );
}
