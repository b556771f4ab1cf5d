import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { EventStatus, Tx } from '@/lib/db-types';
import { dayValue, fromWallTime } from '@/lib/zoned-time';
import { writeAudit } from '@/features/audit/mutations';
import { promoteWaitlist } from '@/features/registrations/seats';
import { copyEventSettings } from './copy';
import { assertEventWritable } from './guard';
import { canTransition } from './policy';
import type { EventFormValues } from './schema';

const TX = { maxWait: 30_000, timeout: 30_000 };

function columns(v: EventFormValues) {
  return {
    slug: v.slug, code: v.code, title: v.title, description: v.description, city: v.city, country: v.country, timeZone: v.timeZone,
    startDate: dayValue(v.startDate), endDate: dayValue(v.endDate),
    registrationOpensAt: fromWallTime(v.opensAt, v.timeZone), registrationClosesAt: fromWallTime(v.closesAt, v.timeZone),
    capacity: v.capacity, languages: v.languages, requiresApproval: v.requiresApproval, participantTypes: v.participantTypes, currency: v.currency,
  };
}

const auditData = (c: ReturnType<typeof columns>) => ({
  ...c, startDate: c.startDate.toISOString().slice(0, 10), endDate: c.endDate.toISOString().slice(0, 10),
  registrationOpensAt: c.registrationOpensAt.toISOString(), registrationClosesAt: c.registrationClosesAt.toISOString(),
});

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'P2002';
}

/** Slug and code are unique across events: refused at the field (checked first; the unique index is the backstop). */
async function assertUnique(tx: Tx, v: EventFormValues, exceptId?: string) {
  const clash = await tx.event.findMany({ where: { OR: [{ slug: v.slug }, { code: v.code }], ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { slug: true, code: true } });
  const errors: Record<string, string[]> = {};
  if (clash.some((e) => e.slug === v.slug)) errors.slug = ['events.slugTaken'];
  if (clash.some((e) => e.code === v.code)) errors.code = ['events.codeTaken'];
  if (Object.keys(errors).length) throw new AppError('VALIDATION', errors);
}

/** A new event, always a DRAFT (invisible outside staff until opened); optionally from an earlier one's settings. */
export async function createEvent(actorId: string, v: EventFormValues): Promise<{ id: string; slug: string }> {
  try {
    return await db.$transaction(async (tx) => {
      await assertUnique(tx, v);
      if (v.copyFromId && !(await tx.event.findUnique({ where: { id: v.copyFromId }, select: { id: true } }))) throw new AppError('VALIDATION', { copyFromId: ['invalid'] });
      const data = columns(v);
      const event = await tx.event.create({ data: { ...data, status: 'DRAFT' }, select: { id: true, slug: true } });
      const copied = v.copyFromId ? await copyEventSettings(tx, v.copyFromId, event.id) : null;
      await writeAudit(tx, { actorId, action: 'event.create', entityType: 'Event', entityId: event.id, eventId: event.id, data: { ...auditData(data), copiedFrom: v.copyFromId, copied } });
      return event;
    }, TX);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('VALIDATION', { slug: ['events.slugTaken'] });
    throw error;
  }
}

/**
 * Edits an event. The slug (its public address) changes only while it is a
 * DRAFT; the code (prefix of reference numbers) only before the first
 * registration. Capacity never drops below the seats taken; raising it
 * promotes the wait list, as in the registration settings.
 */
export async function updateEvent(actorId: string, v: EventFormValues & { eventId: string }): Promise<{ slug: string; promoted: number }> {
  try {
    return await db.$transaction(async (tx) => {
      await assertEventWritable(tx, { eventId: v.eventId });
      await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${v.eventId} FOR UPDATE`;
      const before = await tx.event.findUnique({ where: { id: v.eventId } });
      if (!before) throw new AppError('NOT_FOUND');
      await assertUnique(tx, v, before.id);
      const errors: Record<string, string[]> = {};
      if (v.slug !== before.slug && before.status !== 'DRAFT') errors.slug = ['events.slugLocked'];
      if (v.code !== before.code && before.referenceCounter > 0) errors.code = ['events.codeLocked'];
      if (v.capacity !== null && v.capacity < before.seatsTaken) errors.capacity = ['capacityBelowTaken'];
      if (Object.keys(errors).length) throw new AppError('VALIDATION', errors);
      const data = columns(v);
      const updated = await tx.event.update({ where: { id: before.id }, data });
      const changed = (Object.keys(data) as (keyof typeof data)[]).filter((k) => JSON.stringify(data[k]) !== JSON.stringify(before[k]));
      const after = auditData(data);
      await writeAudit(tx, { actorId, action: 'event.update', entityType: 'Event', entityId: before.id, eventId: before.id, data: { changed, values: Object.fromEntries(changed.map((k) => [k, after[k]])) } });
      const raised = v.capacity === null ? before.capacity !== null : before.capacity !== null && v.capacity > before.capacity;
      const promoted = raised ? await promoteWaitlist(tx, updated, actorId) : [];
      return { slug: updated.slug, promoted: promoted.length };
    }, TX);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('VALIDATION', { slug: ['events.slugTaken'] });
    throw error;
  }
}

/** DRAFT → OPEN → CLOSED → ARCHIVED (policy.ts); a conditional update, so two clicks change it once. */
export async function setEventStatus(actorId: string, eventId: string, status: EventStatus): Promise<{ from: EventStatus; to: EventStatus }> {
  return db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { id: true, status: true, _count: { select: { registrations: true } } } });
    if (!event) throw new AppError('NOT_FOUND');
    if (event.status === 'ARCHIVED') throw new AppError('EVENT_ARCHIVED');
    if (!canTransition(event.status, status, event._count.registrations)) throw new AppError('CONFLICT');
    const { count } = await tx.event.updateMany({ where: { id: eventId, status: event.status }, data: { status } });
    if (count !== 1) throw new AppError('CONFLICT');
    await writeAudit(tx, { actorId, action: 'event.status', entityType: 'Event', entityId: eventId, eventId, data: { from: event.status, to: status } });
    return { from: event.status, to: status };
  });
}
