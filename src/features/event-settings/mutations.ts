import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/generated/prisma/client';
import { recomputeFeeCategory } from '@/features/money/balance';
import { writeAudit } from '@/features/audit/mutations';
import { minorDigits } from '@/features/registrations/form-values';
import { promoteWaitlist } from '@/features/registrations/seats';
import { fromWallTime } from '@/lib/zoned-time';
import type { feeCategorySchema, questionSchema, registrationSettingsSchema } from './schema';
import type { z } from 'zod';
import { assertEventWritable } from '@/features/events/guard';

type Settings = z.output<typeof registrationSettingsSchema>;
type Fee = z.output<typeof feeCategorySchema>;
type Question = z.output<typeof questionSchema>;

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'P2002';
}

/**
 * Dates, capacity, approval, participant types, privacy notice. The capacity
 * never drops below the seats taken (checked with the event row locked); when
 * it rises, the new seats go to the wait list in reference order.
 */
export async function updateRegistrationSettings(actorId: string, s: Settings): Promise<{ promoted: number }> {
  return db.$transaction(async (tx) => {
    await assertEventWritable(tx, { eventId: s.eventId });
    await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${s.eventId} FOR NO KEY UPDATE`;
    const event = await tx.event.findUnique({ where: { id: s.eventId } });
    if (!event) throw new AppError('NOT_FOUND');
    if (s.capacity !== null && s.capacity < event.seatsTaken) throw new AppError('VALIDATION', { capacity: ['capacityBelowTaken'] });
    const data = {
      registrationOpensAt: fromWallTime(s.opensAt, event.timeZone),
      registrationClosesAt: fromWallTime(s.closesAt, event.timeZone),
      capacity: s.capacity,
      requiresApproval: s.requiresApproval,
      participantTypes: s.participantTypes,
      privacyNotice: s.privacyNotice,
      privacyNoticeVersion: s.privacyNoticeVersion,
    };
    const updated = await tx.event.update({ where: { id: event.id }, data });
    await writeAudit(tx, {
      actorId, action: 'event.registrationSettings', entityType: 'Event', entityId: event.id, eventId: event.id,
      data: { ...data, registrationOpensAt: data.registrationOpensAt.toISOString(), registrationClosesAt: data.registrationClosesAt.toISOString() } as Prisma.InputJsonObject,
    });
    const raised = s.capacity === null ? event.capacity !== null : event.capacity !== null && s.capacity > event.capacity;
    const promoted = raised ? await promoteWaitlist(tx, { ...updated, languages: updated.languages }, actorId) : [];
    return { promoted: promoted.length };
  }, { maxWait: 30_000, timeout: 30_000 });
}

export async function saveFeeCategory(actorId: string, f: Fee): Promise<{ id: string }> {
  const amountMinor = Math.round(Number(f.amount) * 10 ** minorDigits(f.currency));
  try {
    return await db.$transaction(async (tx) => {
      await assertEventWritable(tx, { eventId: f.eventId });
      const data = { code: f.code, label: f.label, ...(f.description ? { description: f.description } : {}), amountMinor, currency: f.currency, active: f.active };
      let id = f.id;
      if (id) {
        const { count } = await tx.feeCategory.updateMany({ where: { id, eventId: f.eventId }, data });
        if (count === 0) throw new AppError('NOT_FOUND');
        await recomputeFeeCategory(tx, id);
      } else {
        const last = await tx.feeCategory.findFirst({ where: { eventId: f.eventId }, orderBy: { sortOrder: 'desc' }, select: { sortOrder: true } });
        id = (await tx.feeCategory.create({ data: { ...data, eventId: f.eventId, sortOrder: (last?.sortOrder ?? -1) + 1 } })).id;
      }
      await writeAudit(tx, { actorId, action: f.id ? 'fee.update' : 'fee.create', entityType: 'FeeCategory', entityId: id, eventId: f.eventId, data: { ...data } });
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('VALIDATION', { code: ['taken'] });
    throw error;
  }
}

export async function saveQuestion(actorId: string, q: Question): Promise<{ id: string }> {
  try {
    return await db.$transaction(async (tx) => {
      await assertEventWritable(tx, { eventId: q.eventId });
      if (q.showIfKey) {
        const parent = await tx.customQuestion.findUnique({ where: { eventId_key: { eventId: q.eventId, key: q.showIfKey } }, select: { id: true } });
        if (!parent || parent.id === q.id) throw new AppError('VALIDATION', { showIfKey: ['unknownQuestion'] });
      }
      const data = { key: q.key, type: q.type, label: q.label, options: q.options, required: q.required, showIfKey: q.showIfKey, showIfValue: q.showIfValue };
      let id = q.id;
      if (id) {
        const { count } = await tx.customQuestion.updateMany({ where: { id, eventId: q.eventId }, data });
        if (count === 0) throw new AppError('NOT_FOUND');
      } else {
        const last = await tx.customQuestion.findFirst({ where: { eventId: q.eventId }, orderBy: { sortOrder: 'desc' }, select: { sortOrder: true } });
        id = (await tx.customQuestion.create({ data: { ...data, eventId: q.eventId, sortOrder: (last?.sortOrder ?? -1) + 1 } })).id;
      }
      await writeAudit(tx, { actorId, action: q.id ? 'question.update' : 'question.create', entityType: 'CustomQuestion', entityId: id, eventId: q.eventId, data: { ...data } as Prisma.InputJsonObject });
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('VALIDATION', { key: ['taken'] });
    throw error;
  }
}

/** Deletes a question; questions shown only after it lose their condition target, so they are refused (delete them first). */
export async function deleteQuestion(actorId: string, eventId: string, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await assertEventWritable(tx, { eventId });
    const q = await tx.customQuestion.findFirst({ where: { id, eventId }, select: { key: true } });
    if (!q) throw new AppError('NOT_FOUND');
    if (await tx.customQuestion.findFirst({ where: { eventId, showIfKey: q.key }, select: { id: true } })) throw new AppError('CONFLICT');
    await tx.customQuestion.delete({ where: { id } });
    await writeAudit(tx, { actorId, action: 'question.delete', entityType: 'CustomQuestion', entityId: id, eventId, data: { key: q.key } });
  });
}
