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
import { useRouter } from '@/lib/i18n/navigation';
import { deleteRoomAction, saveRoomAction } from '../actions';
import { roomSchema, type RoomInput } from '../schema';
import { ErrorFocus } from '@/components/ui/error-focus';

const FIELDS = ['name', 'capacity', 'interpretationBooths', 'location'] as const;

export function RoomForm({ eventId, room }: { eventId: string; room?: { id: string; name: string; capacity: number; interpretationBooths: number; location: string | null } }) {
  const t = useTranslations('programme');
  const message = useValidationMessage();
  const router = useRouter();
  const [code, setCode] = useState<ErrorCode | null>(null);
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const prefix = room ? `room-${room.id}` : 'room-new';
  const blank = { eventId, name: '', capacity: '', interpretationBooths: '0', location: '' };
  const form = useForm<RoomInput>({
    resolver: zodResolver(roomSchema, undefined, { raw: true }) as never,
    defaultValues: room ? { eventId, id: room.id, name: room.name, capacity: String(room.capacity), interpretationBooths: String(room.interpretationBooths), location: room.location ?? '' } : blank,
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setCode(null);
    setSaved(false);
    const result = await saveRoomAction(values);
    if (!result.ok) {
      applyFieldErrors(form.setError, result.fieldErrors, FIELDS);
      setCode(result.code);
      return;
    }
    setSaved(true);
    if (!room) form.reset(blank);
    router.refresh();
  });
  const remove = async () => {
    if (!room) return;
    setCode(null);
    setFormMessage(null);
    const result = await deleteRoomAction({ eventId, id: room.id });
    if (result.ok) return router.refresh();
    setCode(result.code);
    if (result.fieldErrors?._form?.[0]) setFormMessage(result.fieldErrors._form[0]);
  };
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid={prefix}>
      <ErrorFocus formState={form.formState} />
      <FormError code={code} testId={`${prefix}-error`} />
      {formMessage ? <p className="text-sm font-medium text-red-700">{t(formMessage.replace('programme.', 'messages.') as never)}</p> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${prefix}-name`} label={t('rooms.name')} error={message(errors.name?.message)} required>
          {(p) => <Input {...p} {...form.register('name')} />}
        </Field>
        <Field id={`${prefix}-location`} label={t('rooms.location')} error={message(errors.location?.message)}>
          {(p) => <Input {...p} {...form.register('location')} />}
        </Field>
        <Field id={`${prefix}-capacity`} label={t('rooms.capacity')} error={message(errors.capacity?.message)} required>
          {(p) => <Input {...p} inputMode="numeric" {...form.register('capacity')} />}
        </Field>
        <Field id={`${prefix}-booths`} label={t('rooms.booths')} error={message(errors.interpretationBooths?.message)} required>
          {(p) => <Input {...p} inputMode="numeric" {...form.register('interpretationBooths')} />}
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={isSubmitting}>
          {room ? t('save') : t('rooms.add')}
        </Button>
        {room ? (
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
