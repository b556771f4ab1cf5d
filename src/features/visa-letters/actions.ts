'use server';

import { revalidatePath } from 'next/cache';
import { AppError } from '@/lib/errors';
import { secretariatAction } from '@/features/auth/clients';
import { scheduleDispatch } from '@/features/email/dispatch';
import { issueLetters, revokeLetter, saveLetterImage, saveLetterSettings } from './mutations';
import { IMAGE_MAX_BYTES, issueLettersSchema, letterImageSchema, letterSettingsSchema, revokeLetterSchema } from './schema';

const revalidate = () => revalidatePath('/[locale]/staff/events/[slug]/visa-letters', 'layout');

export const updateLetterSettings = secretariatAction(letterSettingsSchema, async (input, { actor }) => {
  const result = await saveLetterSettings(actor.id, input);
  revalidate();
  return result;
});

/** Signature or logo (FormData: eventId, kind, file; no file removes it). PNG/JPEG by magic bytes, ≤ 512 KB. */
export const uploadLetterImage = secretariatAction(letterImageSchema, async ({ eventId, kind, file }, { actor }) => {
  if (file && file.size > IMAGE_MAX_BYTES) throw new AppError('VALIDATION', { file: ['visaLetters.imageTooLarge'] });
  const bytes = file ? new Uint8Array(await file.arrayBuffer()) : null;
  const result = await saveLetterImage(actor.id, eventId, kind, bytes);
  if (!result.ok) throw new AppError('VALIDATION', { file: [`visaLetters.image${result.problem[0].toUpperCase()}${result.problem.slice(1)}`] });
  revalidate();
  return { saved: true };
});

/** One, several (ids) or every waiting letter of a filter. */
export const issueVisaLetters = secretariatAction(issueLettersSchema, async (input, { actor }) => {
  const result = await issueLetters(actor.id, input.eventId, 'registrationIds' in input ? { registrationIds: input.registrationIds } : { filter: input.filter });
  scheduleDispatch();
  revalidate();
  return result;
});

export const revokeVisaLetter = secretariatAction(revokeLetterSchema, async ({ letterId, reason }, { actor }) => {
  const result = await revokeLetter(actor.id, letterId, reason);
  revalidate();
  return result;
});
