// npm run loadtest: burst statistics (tools/loadtest.ts).

export type Stats = { n: number; ok: number; seconds: number; perSecond: number; first: number; p50: number; p95: number; max: number };

export function pct(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Fires every call at once; latency of each from the start of the burst. */
export async function burst<T>(items: T[], call: (item: T) => Promise<boolean>): Promise<Stats> {
  const start = performance.now();
  const times: number[] = [];
  let ok = 0;
  let failed = 0;
  await Promise.all(
    items.map(async (item) => {
      try {
        if (await call(item)) ok++;
      } catch (error) {
        if (failed++ === 0) console.log(`[loadtest] first failure: ${String(error).slice(0, 300)}${(error as { cause?: unknown }).cause ? ` (${String((error as { cause?: unknown }).cause)})` : ''}`);
      }
      times.push(performance.now() - start);
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  times.sort((a, b) => a - b);
  return { n: items.length, ok, seconds, perSecond: ok / seconds, first: times[0]! / 1000, p50: pct(times, 50) / 1000, p95: pct(times, 95) / 1000, max: times.at(-1)! / 1000 };
}
