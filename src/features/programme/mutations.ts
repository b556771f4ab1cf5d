import 'server-only';
import type { Tx } from '@/lib/db-types';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/generated/prisma/client';
import { writeAudit } from '@/features/audit/mutations';
import { promoteFromWaitlist } from '@/features/enrolment/mutations';
import { conflictsOf, type Conflict } from './conflicts';
import type { SessionValues } from './schema';
import { zonedWallTimeToInstant } from '@/lib/zoned-time';
import type { z } from 'zod';
import type { roomSchema, trackSchema } from './schema';
import { assertEventWritable } from '@/features/events/guard';


async function requireEvent(tx: Tx, eventId: string) {
  const event = await tx.event.findUnique({ where: { id: eventId }, select: { id: true, startDate: true, endDate: true, timeZone: true } });
  if (!event) throw new AppError('NOT_FOUND');
  return event;
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'P2002';
}

export async function saveRoom(actorId: string, input: z.output<typeof roomSchema>) {
  const { eventId, id, ...data } = input;
  try {
    return await db.$transaction(async (tx) => {
      await assertEventWritable(tx, { eventId });
      await requireEvent(tx, eventId);
      const values = { name: data.name, capacity: data.capacity, interpretationBooths: data.interpretationBooths, location: data.location ?? null };
      let room;
      if (id) {
        const found = await tx.room.findFirst({ where: { id, eventId }, select: { id: true } });
        if (!found) throw new AppError('NOT_FOUND');
        room = await tx.room.update({ where: { id }, data: values, select: { id: true } });
        // A larger room seats people waiting in its sessions that follow the room's capacity.
        const sessions = await tx.session.findMany({ where: { roomId: id, capacity: null }, select: { id: true } });
        for (const s of sessions) await promoteFromWaitlist(tx, s.id);
      } else {
        room = await tx.room.create({ data: { ...values, eventId }, select: { id: true } });
      }
      await writeAudit(tx, { actorId, eventId, action: id ? 'room.update' : 'room.create', entityType: 'Room', entityId: room.id, data: values });
      return room;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('VALIDATION', { name: ['programme.nameTaken'] });
    throw error;
  }
}

export async function deleteRoom(actorId: string, eventId: string, id: string) {
  return db.$transaction(async (tx) => {
    await assertEventWritable(tx, { eventId });
    const room = await tx.room.findFirst({ where: { id, eventId }, select: { id: true, name: true, _count: { select: { sessions: true } } } });
    if (!room) throw new AppError('NOT_FOUND');
    // Sessions would silently lose their room (and their capacity): move them first.
    if (room._count.sessions > 0) throw new AppError('CONFLICT', { _form: ['programme.roomInUse'] });
    await tx.room.delete({ where: { id } });
    await writeAudit(tx, { actorId, eventId, action: 'room.delete', entityType: 'Room', entityId: id, data: { name: room.name } });
  });
}

export async function saveTrack(actorId: string, input: z.output<typeof trackSchema>) {
  const { eventId, id, name, color } = input;
  return db.$transaction(async (tx) => {
    await assertEventWritable(tx, { eventId });
    await requireEvent(tx, eventId);
    let track;
    if (id) {
      const found = await tx.track.findFirst({ where: { id, eventId }, select: { id: true } });
      if (!found) throw new AppError('NOT_FOUND');
      track = await tx.track.update({ where: { id }, data: { name, color }, select: { id: true } });
    } else {
      const count = await tx.track.count({ where: { eventId } });
      track = await tx.track.create({ data: { eventId, name, color, sortOrder: count }, select: { id: true } });
    }
    await writeAudit(tx, { actorId, eventId, action: id ? 'track.update' : 'track.create', entityType: 'Track', entityId: track.id, data: { name, color } });
    return track;
  });
}

export async function deleteTrack(actorId: string, eventId: string, id: string) {
  return db.$transaction(async (tx) => {
    await assertEventWritable(tx, { eventId });
    const track = await tx.track.findFirst({ where: { id, eventId }, select: { id: true, name: true } });
    if (!track) throw new AppError('NOT_FOUND');
    await tx.track.delete({ where: { id } }); // sessions keep existing, without a track
    await writeAudit(tx, { actorId, eventId, action: 'track.delete', entityType: 'Track', entityId: id, data: { name: track.name as Prisma.InputJsonValue } });
  });
}

export type SaveSessionResult = { saved: true; id: string; conflicts: Conflict[] } | { saved: false; conflicts: Conflict[] };

/**
 * Creates or updates a session. Conflicts (room double-booked, speaker in two places,
 * outside the event's dates, capacity above the room's) are computed against the rest
 * of the programme inside the transaction; with any, nothing is saved unless
 * `confirmConflicts` is set (the organizer saw them and saves anyway).
 */
export async function saveSession(actorId: string, input: SessionValues): Promise<SaveSessionResult> {
  return db.$transaction(async (tx) => {
    await assertEventWritable(tx, { eventId: input.eventId });
    const event = await requireEvent(tx, input.eventId);
    const startsAt = zonedWallTimeToInstant(input.date, input.startTime, event.timeZone);
    const endsAt = zonedWallTimeToInstant(input.date, input.endTime, event.timeZone);
    if (!startsAt) throw new AppError('VALIDATION', { startTime: ['programme.timeNotInZone'] });
    if (!endsAt) throw new AppError('VALIDATION', { endTime: ['programme.timeNotInZone'] });
    if (endsAt <= startsAt) throw new AppError('VALIDATION', { endTime: ['programme.endAfterStart'] });
    if (input.roomId && !(await tx.room.findFirst({ where: { id: input.roomId, eventId: event.id }, select: { id: true } }))) throw new AppError('VALIDATION', { roomId: ['invalid'] });
    if (input.trackId && !(await tx.track.findFirst({ where: { id: input.trackId, eventId: event.id }, select: { id: true } }))) throw new AppError('VALIDATION', { trackId: ['invalid'] });
    const delegationIds = input.eligibility.delegationIds ?? [];
    if (delegationIds.length > 0 && (await tx.delegation.count({ where: { eventId: event.id, id: { in: delegationIds } } })) !== new Set(delegationIds).size) {
      throw new AppError('VALIDATION', { 'eligibility.delegationIds': ['invalid'] });
    }
    const previous = input.id ? await tx.session.findFirst({ where: { id: input.id, eventId: event.id }, select: { id: true } }) : null;
    if (input.id && !previous) throw new AppError('NOT_FOUND');

    const [others, rooms] = await Promise.all([
      tx.session.findMany({ where: { eventId: event.id, startsAt: { lt: endsAt }, endsAt: { gt: startsAt } }, select: { id: true, startsAt: true, endsAt: true, roomId: true, capacity: true, speakers: { select: { name: true } } } }),
      tx.room.findMany({ where: { eventId: event.id }, select: { id: true, capacity: true } }),
    ]);
    const candidate = { id: input.id ?? '', startsAt, endsAt, roomId: input.roomId, capacity: input.capacity ?? null, speakers: input.speakers };
    const conflicts = conflictsOf(candidate, others, rooms, event);
    if (previous) {
      // People enrolled (or waiting) here who hold another session at the new time.
      const clash = await tx.$queryRaw<{ count: number }[]>`
        SELECT count(DISTINCT e."registrationId")::int AS count
        FROM "SessionEnrollment" e
        JOIN "SessionEnrollment" o ON o."registrationId" = e."registrationId" AND o."sessionId" <> e."sessionId"
        JOIN "Session" s ON s.id = o."sessionId"
        WHERE e."sessionId" = ${previous.id} AND e.status IN ('ENROLLED', 'WAITLISTED') AND o.status IN ('ENROLLED', 'WAITLISTED')
          AND s."startsAt" < ${endsAt} AND s."endsAt" > ${startsAt}`;
      if (clash[0]?.count) conflicts.push({ kind: 'DELEGATES_CLASH', sessionId: previous.id, count: clash[0].count });
    }
    if (conflicts.length > 0 && !input.confirmConflicts) return { saved: false, conflicts };

    const data = {
      kind: input.kind,
      trackId: input.trackId,
      roomId: input.roomId,
      title: input.title,
      description: input.description,
      startsAt,
      endsAt,
      capacity: input.capacity ?? null,
      workingLanguages: input.workingLanguages,
      interpretationLanguages: input.interpretationLanguages.filter((l) => !input.workingLanguages.includes(l)),
      eligibility: input.eligibility,
    };
    const speakers = input.speakers.map((s, i) => ({ name: s.name, organization: s.organization ?? null, country: s.country ?? null, role: s.role, sortOrder: i }));
    let id: string;
    if (previous) {
      await tx.session.update({ where: { id: previous.id }, data });
      await tx.sessionSpeaker.deleteMany({ where: { sessionId: previous.id } });
      if (speakers.length) await tx.sessionSpeaker.createMany({ data: speakers.map((s) => ({ ...s, sessionId: previous.id })) });
      id = previous.id;
      // A larger capacity (or room) seats the people waiting, first come first served.
      await promoteFromWaitlist(tx, id);
    } else {
      const created = await tx.session.create({ data: { ...data, eventId: event.id, speakers: { create: speakers } }, select: { id: true } });
      id = created.id;
    }
    await writeAudit(tx, {
      actorId,
      eventId: event.id,
      action: previous ? 'session.update' : 'session.create',
      entityType: 'Session',
      entityId: id,
      data: { ...data, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), speakers: speakers.length, conflictsConfirmed: conflicts.map((c) => c.kind) } as Prisma.InputJsonValue,
    });
    return { saved: true, id, conflicts };
  });
}

export async function deleteSession(actorId: string, eventId: string, id: string) {
  return db.$transaction(async (tx) => {
    await assertEventWritable(tx, { eventId });
    const session = await tx.session.findFirst({ where: { id, eventId }, select: { id: true, title: true, _count: { select: { enrollments: { where: { status: { in: ['ENROLLED', 'WAITLISTED'] } } } } } } });
    if (!session) throw new AppError('NOT_FOUND');
    // Deleting would silently drop people's seats: they must be told first (not automated here).
    if (session._count.enrollments > 0) throw new AppError('CONFLICT', { _form: ['programme.sessionHasEnrolments'] });
    await tx.session.delete({ where: { id } });
    await writeAudit(tx, { actorId, eventId, action: 'session.delete', entityType: 'Session', entityId: id, data: { title: session.title as Prisma.InputJsonValue } });
  });
}
