// Admission control for bursts of writes (registration opening, an enrolment race).
//
// Hundreds of simultaneous submissions each need ~10 database round trips. Started all at
// once they advance in lockstep through the pool's (or PGlite's single connection's) FIFO
// queue and every answer arrives at the end of the burst. A FIFO gate lets a bounded number
// run at a time in arrival order: the first answers come at once, throughput is the same or
// better (less contention), and reads (pages, health) find the database free between steps.
import { dbKind, poolSettings } from './db';

export function fifoGate(limit: () => number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async function run<T>(work: () => Promise<T>): Promise<T> {
    if (active < limit()) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve)); // the slot is handed over below
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

/** DATABASE_WRITE_CONCURRENCY, else the pool size on PostgreSQL and 2 on PGlite (one connection). */
function writeLimit(): number {
  const raw = Number(process.env.DATABASE_WRITE_CONCURRENCY);
  if (Number.isInteger(raw) && raw > 0) return raw;
  return dbKind() === 'postgres' ? poolSettings().max : 2;
}

/** Registration submissions and enrolments of this instance pass through here. */
export const burstGate = fifoGate(writeLimit);
