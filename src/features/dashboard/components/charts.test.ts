import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BarChart, TimeChart } from './charts';

const common = { locale: 'fr', tableLabel: 'Voir les chiffres', empty: 'Rien' };

describe('server-rendered charts', () => {
  it('draw one bar per item with a text alternative (desc + table) holding every figure', () => {
    const html = renderToStaticMarkup(
      createElement(BarChart, { id: 'c', title: 'Par continent', bars: [{ label: 'Afrique', value: 1234 }, { label: 'Europe', value: 56 }], head: ['Élément', 'Nombre'], ...common }),
    ).replace(/\u202f/g, ' '); // French groups thousands with a narrow no-break space
    expect(html.match(/<rect /g)).toHaveLength(2);
    expect(html).toContain('role="img"');
    expect(html).toContain('<desc id="c-desc">Afrique: 1 234; Europe: 56</desc>');
    expect(html).toContain('<th scope="row" class="px-2 py-1 text-left font-normal">Afrique</th><td class="px-2 py-1 tabular-nums">1 234</td>');
  });

  it('marks use over a limit and lists all items in the table even when fewer are drawn', () => {
    const bars = Array.from({ length: 25 }, (_, i) => ({ label: `D${i}`, value: i, max: 10 }));
    const html = renderToStaticMarkup(createElement(BarChart, { id: 'd', title: 'Délégations', bars, head: ['Délégation', 'Membres', 'Quota'], limit: 20, limitNote: 'Les 20 premières', ...common }));
    expect(html.match(/<line /g)).toHaveLength(20);
    expect(html).toContain('fill="#b91c1c"'); // over quota
    expect(html.match(/<th scope="row"/g)).toHaveLength(25);
    expect(html).toContain('Les 20 premières');
  });

  it('shows the empty message instead of an empty chart', () => {
    expect(renderToStaticMarkup(createElement(BarChart, { id: 'e', title: 'Vide', bars: [], head: ['a', 'b'], ...common }))).toContain('Rien');
    expect(renderToStaticMarkup(createElement(TimeChart, { id: 't', title: 'Temps', days: [], head: ['a', 'b', 'c'], cumulativeLabel: 'x', ...common }))).toContain('Rien');
  });

  it('time chart: bars per day and a running total in the table', () => {
    const html = renderToStaticMarkup(createElement(TimeChart, { id: 't', title: 'Temps', days: [{ day: '2027-01-01', count: 3 }, { day: '2027-01-02', count: 4 }], head: ['Jour', 'Jour', 'Total'], cumulativeLabel: 'cumul', ...common }));
    expect(html.match(/<rect /g)).toHaveLength(2);
    expect(html).toContain('<td class="px-2 py-1 tabular-nums">7</td>');
  });
});
