'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { AppError } from '@/lib/errors';
import { requireRole } from '@/features/auth/data';
import { scheduleDispatch } from '@/features/email/dispatch';
import { deleteRoom, deleteSession, deleteTrack, saveRoom, saveSession, saveTrack } from './mutations';
import { canManageProgramme } from './policy';
import { deleteSchema, roomSchema, sessionSchema, trackSchema } from './schema';

async function requireProgrammeStaff() {
  const actor = await requireRole('ORGANIZER', 'SECRETARIAT');
  if (!canManageProgramme(actor.role)) throw new AppError('NOT_FOUND');
  return actor;
}

function revalidateProgramme() {
  revalidatePath('/[locale]/staff/events/[slug]', 'layout');
  revalidatePath('/[locale]/events/[slug]/programme', 'layout');
}

export const saveRoomAction = defineAction(roomSchema, async (input) => {
  const actor = await requireProgrammeStaff();
  const room = await saveRoom(actor.id, input);
  scheduleDispatch();
  revalidateProgramme();
  return room;
});

export const deleteRoomAction = defineAction(deleteSchema, async ({ eventId, id }) => {
  const actor = await requireProgrammeStaff();
  await deleteRoom(actor.id, eventId, id);
  revalidateProgramme();
  return { id };
});

export const saveTrackAction = defineAction(trackSchema, async (input) => {
  const actor = await requireProgrammeStaff();
  const track = await saveTrack(actor.id, input);
  revalidateProgramme();
  return track;
});

export const deleteTrackAction = defineAction(deleteSchema, async ({ eventId, id }) => {
  const actor = await requireProgrammeStaff();
  await deleteTrack(actor.id, eventId, id);
  revalidateProgramme();
  return { id };
});

export const saveSessionAction = defineAction(sessionSchema, async (input) => {
  const actor = await requireProgrammeStaff();
  const result = await saveSession(actor.id, input);
  if (result.saved) {
    scheduleDispatch();
    revalidateProgramme();
  }
  return result;
});

export const deleteSessionAction = defineAction(deleteSchema, async ({ eventId, id }) => {
  const actor = await requireProgrammeStaff();
  await deleteSession(actor.id, eventId, id);
  revalidateProgramme();
  return { id };
});
