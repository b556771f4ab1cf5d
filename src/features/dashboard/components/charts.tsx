import { scaleBand, scaleLinear } from 'd3-scale';

// Charts are SVG rendered on the server: no chart JavaScript reaches the
// phone, and they print. Why d3-scale rather than a chart package: the
// React chart libraries (Recharts, Chart.js, Nivo) draw in the browser or need
// client components; visx's released line still declares React ≤ 18. d3-scale
// is the well-kept, dependency-light core of D3 (the reference for data
// visualisation): it computes the scales and ticks and we write the few SVG
// elements ourselves. Every chart has a text alternative: the SVG is labelled
// (role="img"), and its figures are in a table behind "Show the figures".

export type Bar = { label: string; value: number; /** e.g. a quota or a capacity */ max?: number | null; /** table column */ note?: string; /** drawn after the value, e.g. "+3" */ short?: string };

const NUMBER = new Map<string, Intl.NumberFormat>();
export function formatNumber(n: number, locale: string): string {
  let f = NUMBER.get(locale);
  if (!f) NUMBER.set(locale, (f = new Intl.NumberFormat(locale)));
  return f.format(n);
}

function DataTable({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <details className="mt-2 text-sm">
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-brand-700 underline">{caption}</summary>
      <div className="overflow-x-auto">
        <table className="min-w-full text-left">
          <thead>
            <tr>
              {head.map((h) => (
                <th key={h} scope="col" className="px-2 py-1 font-semibold">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i} className="border-t border-stone-200">
                {r.map((c, j) => (j === 0 ? <th key={j} scope="row" className="px-2 py-1 text-left font-normal">{c}</th> : <td key={j} className="px-2 py-1 tabular-nums">{c}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/**
 * Ranked horizontal bars (labels on the left, values at the bar's end). With
 * `max` per bar, the bar shows use against it (quota, capacity) and a tick marks the limit.
 */
export function BarChart({ id, title, bars: all, locale, tableLabel, head, empty, colour = '#15803d', limit, limitNote, legend }: { id: string; title: string; bars: Bar[]; locale: string; tableLabel: string; head: [string, string, ...string[]]; empty: string; colour?: string; /** bars drawn; the table lists all */ limit?: number; limitNote?: string; legend?: string }) {
  const bars = limit ? all.slice(0, limit) : all;
  if (bars.length === 0) {
    return (
      <figure className="rounded-lg border border-stone-200 bg-white p-4">
        <figcaption className="font-semibold">{title}</figcaption>
        <p className="mt-2 text-sm text-stone-700">{empty}</p>
      </figure>
    );
  }
  // Sized for a phone (≈ 330 px wide: text stays ≈ 12 px); it scales up on wider screens.
  const rowH = 28;
  const labelW = 130;
  const valueW = 84;
  const width = 360;
  const height = bars.length * rowH + 4;
  const top = Math.max(1, ...bars.map((b) => Math.max(b.value, b.max ?? 0)));
  const x = scaleLinear().domain([0, top]).range([0, width - labelW - valueW]).nice();
  const y = scaleBand<number>().domain(bars.map((_, i) => i)).range([0, height]).padding(0.2);
  const hasMax = all.some((b) => b.max != null);
  return (
    <figure className="rounded-lg border border-stone-200 bg-white p-4" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="font-semibold">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} className="mt-2 h-auto w-full" role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <desc id={`${id}-desc`}>{bars.map((b) => `${b.label}: ${formatNumber(b.value, locale)}${b.max != null ? ` / ${formatNumber(b.max, locale)}` : ''}`).join('; ')}</desc>
        {bars.map((b, i) => {
          const yy = y(i) ?? 0;
          const h = y.bandwidth();
          const over = b.max != null && b.value > b.max;
          return (
            <g key={`${b.label}-${i}`}>
              <text x={labelW - 6} y={yy + h / 2} dominantBaseline="middle" textAnchor="end" fontSize="13" fill="#1c1917">
                {b.label.length > 19 ? `${b.label.slice(0, 18)}…` : b.label}
              </text>
              {b.max != null ? <rect x={labelW} y={yy} width={Math.max(1, x(b.max))} height={h} fill="#e7e5e4" /> : null}
              <rect x={labelW} y={yy} width={Math.max(b.value > 0 ? 2 : 0, x(b.value))} height={h} fill={over ? '#b91c1c' : colour} />
              {b.max != null ? <line x1={labelW + x(b.max)} x2={labelW + x(b.max)} y1={yy - 2} y2={yy + h + 2} stroke="#1c1917" strokeWidth="1.5" /> : null}
              <text x={labelW + Math.max(x(b.value), b.max != null ? x(b.max) : 0) + 6} y={yy + h / 2} dominantBaseline="middle" fontSize="12" fill="#1c1917">
                {formatNumber(b.value, locale)}
                {b.max != null ? ` / ${formatNumber(b.max, locale)}` : ''}
                {b.short ? ` ${b.short}` : ''}
              </text>
            </g>
          );
        })}
      </svg>
      {legend ? <p className="text-sm text-stone-700">{legend}</p> : null}
      {limit && all.length > limit && limitNote ? <p className="text-sm text-stone-700">{limitNote}</p> : null}
      <DataTable caption={tableLabel} head={head} rows={all.map((b) => [b.label, formatNumber(b.value, locale), ...(hasMax ? [b.max != null ? formatNumber(b.max, locale) : '—'] : []), ...(b.note !== undefined ? [b.note] : [])])} />
    </figure>
  );
}

function cumulate(days: { day: string; count: number }[]) {
  const out: { day: string; count: number; total: number }[] = [];
  for (const d of days) out.push({ ...d, total: (out[out.length - 1]?.total ?? 0) + d.count });
  return out;
}

/** Registrations per day (bars) and the running total (line), with a few dated ticks. */
export function TimeChart({ id, title, days, locale, tableLabel, head, empty, cumulativeLabel }: { id: string; title: string; days: { day: string; count: number }[]; locale: string; tableLabel: string; head: [string, string, string]; empty: string; cumulativeLabel: string }) {
  if (days.length === 0) {
    return (
      <figure className="rounded-lg border border-stone-200 bg-white p-4">
        <figcaption className="font-semibold">{title}</figcaption>
        <p className="mt-2 text-sm text-stone-700">{empty}</p>
      </figure>
    );
  }
  const width = 400;
  const height = 220;
  const m = { top: 12, right: 44, bottom: 28, left: 36 };
  const points = cumulate(days);
  const running = points[points.length - 1].total;
  const x = scaleBand<string>().domain(points.map((p) => p.day)).range([m.left, width - m.right]).padding(0.15);
  const yDay = scaleLinear().domain([0, Math.max(1, ...points.map((p) => p.count))]).range([height - m.bottom, m.top]).nice();
  const yTotal = scaleLinear().domain([0, Math.max(1, running)]).range([height - m.bottom, m.top]).nice();
  const dayFmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const label = (day: string) => dayFmt.format(new Date(`${day}T00:00:00Z`));
  const every = Math.max(1, Math.ceil(points.length / 4));
  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${(x(p.day) ?? 0) + x.bandwidth() / 2},${yTotal(p.total)}`).join(' ');
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <figure className="rounded-lg border border-stone-200 bg-white p-4" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="font-semibold">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} className="mt-2 h-auto w-full" role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <desc id={`${id}-desc`}>{`${label(first.day)} – ${label(last.day)}: ${formatNumber(running, locale)}. ${cumulativeLabel}.`}</desc>
        {yDay.ticks(4).map((tick) => (
          <g key={`d${tick}`}>
            <line x1={m.left} x2={width - m.right} y1={yDay(tick)} y2={yDay(tick)} stroke="#e7e5e4" />
            <text x={m.left - 4} y={yDay(tick)} textAnchor="end" dominantBaseline="middle" fontSize="11" fill="#44403c">
              {formatNumber(tick, locale)}
            </text>
          </g>
        ))}
        {yTotal.ticks(4).map((tick) => (
          <text key={`t${tick}`} x={width - m.right + 4} y={yTotal(tick)} dominantBaseline="middle" fontSize="11" fill="#1d4ed8">
            {formatNumber(tick, locale)}
          </text>
        ))}
        {points.map((p) => (
          <rect key={p.day} x={x(p.day)} y={yDay(p.count)} width={x.bandwidth()} height={height - m.bottom - yDay(p.count)} fill="#15803d" />
        ))}
        <path d={line} fill="none" stroke="#1d4ed8" strokeWidth="2" />
        {points.map((p, i) =>
          i % every === 0 ? (
            <text key={`l${p.day}`} x={(x(p.day) ?? 0) + x.bandwidth() / 2} y={height - 8} textAnchor="middle" fontSize="11" fill="#44403c">
              {label(p.day)}
            </text>
          ) : null,
        )}
      </svg>
      <DataTable caption={tableLabel} head={head} rows={points.map((p) => [label(p.day), formatNumber(p.count, locale), formatNumber(p.total, locale)])} />
    </figure>
  );
}
