import { describe, expect, it } from 'vitest';
import { filterSessions, groupByDay, languagesOffered } from './filters';

const s = (id: string, iso: string, kind = 'WORKSHOP', track: string | null = null, working = ['fr'], interp: string[] = []) => ({ id, startsAt: new Date(iso), kind, track: track ? { id: track } : null, workingLanguages: working, interpretationLanguages: interp });
const list = [s('a', '2027-02-20T09:00:00Z', 'PLENARY', 't1', ['fr'], ['es']), s('b', '2027-02-21T03:00:00Z', 'WORKSHOP', 't2', ['es']), s('c', '2027-02-21T14:00:00Z', 'CAUCUS', null, ['pt'], ['fr'])];

describe('programme filters', () => {
  it('filters by day in the event zone, kind, track and language offered (working or interpreted)', () => {
    expect(filterSessions(list, { day: '2027-02-20' }, 'America/Toronto').map((x) => x.id)).toEqual(['a', 'b']);
    expect(filterSessions(list, { day: '2027-02-21' }, 'Africa/Dakar').map((x) => x.id)).toEqual(['b', 'c']);
    expect(filterSessions(list, { lang: 'es' }, 'Africa/Dakar').map((x) => x.id)).toEqual(['a', 'b']);
    expect(filterSessions(list, { kind: 'CAUCUS' }, 'Africa/Dakar').map((x) => x.id)).toEqual(['c']);
    expect(filterSessions(list, { track: 't1', lang: 'es' }, 'Africa/Dakar').map((x) => x.id)).toEqual(['a']);
    expect(filterSessions(list, {}, 'Africa/Dakar')).toHaveLength(3);
  });
  it('groups by day and lists languages', () => {
    expect(groupByDay(list, 'Africa/Dakar').map(([d, l]) => [d, l.length])).toEqual([['2027-02-20', 1], ['2027-02-21', 2]]);
    expect(languagesOffered(list)).toEqual(['es', 'fr', 'pt']);
  });
});
