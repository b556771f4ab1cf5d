import 'server-only';
import type { Prisma, Tx } from '@/lib/db-types';
import { copyLetterSettings } from '@/features/visa-letters/mutations';

/**
 * "Start from an earlier rencontre": copies the settings of `fromEventId` into
 * the new event — rooms, tracks, fee categories, custom questions, the
 * privacy notice and the visa-letter template — and never people: no registrations, delegations, sessions,
 * enrolments, drafts, bursary decisions or audit entries. Runs in the
 * creation's transaction.
 */
export async function copyEventSettings(tx: Tx, fromEventId: string, toEventId: string): Promise<CopySummary> {
  const from = await tx.event.findUnique({
    where: { id: fromEventId },
    select: {
      privacyNotice: true, privacyNoticeVersion: true,
      rooms: { select: { name: true, capacity: true, interpretationBooths: true, location: true } },
      tracks: { select: { name: true, color: true, sortOrder: true } },
      feeCategories: { select: { code: true, label: true, amountMinor: true, currency: true, sortOrder: true, active: true } },
      questions: { select: { key: true, type: true, label: true, options: true, required: true, sortOrder: true, showIfKey: true, showIfValue: true } },
    },
  });
  if (!from) return { rooms: 0, tracks: 0, feeCategories: 0, questions: 0 };
  await tx.event.update({ where: { id: toEventId }, data: { privacyNotice: from.privacyNotice as Prisma.InputJsonValue, privacyNoticeVersion: from.privacyNoticeVersion } });
  await tx.room.createMany({ data: from.rooms.map((r) => ({ ...r, eventId: toEventId })) });
  await tx.track.createMany({ data: from.tracks.map((t) => ({ ...t, name: t.name as Prisma.InputJsonValue, eventId: toEventId })) });
  await tx.feeCategory.createMany({ data: from.feeCategories.map((f) => ({ ...f, label: f.label as Prisma.InputJsonValue, eventId: toEventId })) });
  await tx.customQuestion.createMany({ data: from.questions.map((q) => ({ ...q, label: q.label as Prisma.InputJsonValue, options: q.options as Prisma.InputJsonValue, eventId: toEventId })) });
  await copyLetterTemplate(tx, fromEventId, toEventId);
  return { rooms: from.rooms.length, tracks: from.tracks.length, feeCategories: from.feeCategories.length, questions: from.questions.length };
}

export type CopySummary = { rooms: number; tracks: number; feeCategories: number; questions: number };

/** The visa-letter template, signatory, signature image and logo (never letters, never the counter). */
async function copyLetterTemplate(tx: Tx, fromEventId: string, toEventId: string): Promise<void> {
  await copyLetterSettings(tx, fromEventId, toEventId);
}
