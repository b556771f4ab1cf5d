// Allocation factories: a round over sessions of an event, and rankings written directly.
import { db } from '@/lib/db';

const HOUR = 3_600_000;

/** A round; `phase` sets its window around now (OPEN by default). */
export async function createRound(eventId: string, sessionIds: string[], opts: { phase?: 'UPCOMING' | 'OPEN' | 'CLOSED'; choices?: number; balanceWeight?: number; tolerance?: number; name?: string } = {}) {
  const now = Date.now();
  const window = { UPCOMING: [now + HOUR, now + 2 * HOUR], OPEN: [now - HOUR, now + HOUR], CLOSED: [now - 2 * HOUR, now - HOUR] }[opts.phase ?? 'OPEN'];
  return db.preferenceRound.create({
    data: {
      eventId,
      name: opts.name ?? 'Ateliers',
      sessionIds,
      opensAt: new Date(window[0]),
      closesAt: new Date(window[1]),
      choices: opts.choices ?? 3,
      balanceWeight: opts.balanceWeight ?? 1,
      tolerance: opts.tolerance ?? 0.1,
    },
  });
}

export async function createRanking(roundId: string, registrationId: string, sessionIds: string[], submittedAt = new Date()) {
  return db.preferenceRanking.create({ data: { roundId, registrationId, choices: sessionIds.map((sessionId, i) => ({ sessionId, rank: i + 1 })), submittedAt } });
}

/** Moves a round's window so it is closed now (rank while open, then allocate). */
export async function closeRound(roundId: string) {
  const now = Date.now();
  await db.preferenceRound.update({ where: { id: roundId }, data: { opensAt: new Date(now - 2 * HOUR), closesAt: new Date(now - 1000) } });
}
