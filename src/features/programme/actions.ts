'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/features/auth/clients';
import { scheduleDispatch } from '@/features/email/dispatch';
import { deleteRoom, deleteSession, deleteTrack, saveRoom, saveSession, saveTrack } from './mutations';
import { deleteSchema, roomSchema, sessionSchema, trackSchema } from './schema';

function revalidateProgramme() {
  revalidatePath('/[locale]/staff/events/[slug]', 'layout');
  revalidatePath('/[locale]/events/[slug]/programme', 'layout');
}

export const saveRoomAction = staffAction(roomSchema, async (input, { actor }) => {
  const room = await saveRoom(actor.id, input);
  scheduleDispatch();
  revalidateProgramme();
  return room;
});

export const deleteRoomAction = staffAction(deleteSchema, async ({ eventId, id }, { actor }) => {
  await deleteRoom(actor.id, eventId, id);
  revalidateProgramme();
  return { id };
});

export const saveTrackAction = staffAction(trackSchema, async (input, { actor }) => {
  const track = await saveTrack(actor.id, input);
  revalidateProgramme();
  return track;
});

export const deleteTrackAction = staffAction(deleteSchema, async ({ eventId, id }, { actor }) => {
  await deleteTrack(actor.id, eventId, id);
  revalidateProgramme();
  return { id };
});

export const saveSessionAction = staffAction(sessionSchema, async (input, { actor }) => {
  const result = await saveSession(actor.id, input);
  if (result.saved) {
    scheduleDispatch();
    revalidateProgramme();
  }
  return result;
});

export const deleteSessionAction = staffAction(deleteSchema, async ({ eventId, id }, { actor }) => {
  await deleteSession(actor.id, eventId, id);
  revalidateProgramme();
  return { id };
});
