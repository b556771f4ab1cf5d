// Deterministic randomness and small helpers for the seed.
import { foldForSearch } from '../../src/lib/search';
import { fromWallTime } from '../../src/lib/zoned-time';

export type Rng = {
  /** Uniform in [0, 1). */
  next(): number;
  int(min: number, maxInclusive: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** `n` distinct items (fewer when the list is shorter). */
  sample<T>(items: readonly T[], n: number): T[];
  /** A cuid-like id: "c" + 24 base-36 characters. */
  id(): string;
};

/** mulberry32: a tiny, fast PRNG good enough for demo data. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (items) => {
      let total = 0;
      for (const [, w] of items) total += w;
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      return items[items.length - 1][0];
    },
    sample: (items, n) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, n);
    },
    id: () => {
      let s = 'c';
      for (let i = 0; i < 24; i++) s += Math.floor(next() * 36).toString(36);
      return s;
    },
  };
  return rng;
}

const SPECIAL: Record<string, string> = { đ: 'd', ð: 'd', ø: 'o', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ı: 'i' };

/** Lower-case, accents removed (NFD, marks dropped): the form of `searchText`. */
export { foldForSearch };

/** ASCII-only local part of an e-mail address: "Mame Diarra" -> "mamediarra". */
export function asciiSlug(text: string): string {
  return foldForSearch(text)
    .replace(/[đðøłßæœþı]/g, (c) => SPECIAL[c] ?? '')
    .replace(/[^a-z0-9]/g, '');
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I

/** 8 characters, upper-case letters and digits without ambiguous ones. */
export function invitationCode(rng: Rng): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += ALPHABET[Math.floor(rng.next() * ALPHABET.length)];
  return code;
}

// Calendar dates and wall-clock times: the app's own helpers (src/lib/zoned-time.ts).
export { addDays, todayIn, dayValue as dateOnly } from '../../src/lib/zoned-time';

/** The instant at which the wall clock in `timeZone` shows `date` `time` ("2026-02-20", "09:30"). */
export function zonedTime(date: string, time: string, timeZone: string): Date {
  return fromWallTime(`${date}T${time}`, timeZone);
}
