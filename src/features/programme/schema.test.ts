import { describe, expect, it } from 'vitest';
import { programmeFiltersSchema, roomSchema, sessionSchema, trackSchema, type SessionInput } from './schema';

const base: SessionInput = {
  eventId: 'evt',
  kind: 'WORKSHOP',
  trackId: '',
  roomId: '',
  title: { fr: '  Finance solidaire ', en: '', es: '', pt: '' },
  description: { fr: 'Ligne 1\nLigne 2', en: '', es: '', pt: '' },
  date: '2027-02-20',
  startTime: '09:00',
  endTime: '10:30',
  capacity: '',
  workingLanguages: ['fr', 'fr'],
  interpretationLanguages: ['es'],
  eligibility: {},
  speakers: [{ name: 'Aminata Traoré', organization: '', country: 'ml', role: 'SPEAKER' }],
};

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('sessionSchema', () => {
  it('accepts a valid session and normalises it', () => {
    const parsed = sessionSchema.parse(base);
    expect(parsed.title).toEqual({ fr: 'Finance solidaire' });
    expect(parsed.description).toEqual({ fr: 'Ligne 1\nLigne 2' });
    expect(parsed.trackId).toBeNull();
    expect(parsed.capacity).toBeUndefined();
    expect(parsed.workingLanguages).toEqual(['fr']);
    expect(parsed.speakers[0]).toEqual({ name: 'Aminata Traoré', organization: undefined, country: 'ML', role: 'SPEAKER' });
    expect(parsed.confirmConflicts).toBe(false);
    expect(sessionSchema.parse({ ...base, capacity: '25' }).capacity).toBe(25);
  });
  it.each([
    ['no title in any language', { title: { fr: ' ', en: '', es: '', pt: '' } }, 'title.fr', 'programme.oneLanguage'],
    ['end before start', { endTime: '08:00' }, 'endTime', 'programme.endAfterStart'],
    ['end equal to start', { endTime: '09:00' }, 'endTime', 'programme.endAfterStart'],
    ['malformed time', { startTime: '9h' }, 'startTime', 'required'],
    ['malformed date', { date: '20/02/2027' }, 'date', 'required'],
    ['capacity 0', { capacity: '0' }, 'capacity', 'min:1'],
    ['capacity not a number', { capacity: 'beaucoup' }, 'capacity', 'invalid'],
    ['no working language', { workingLanguages: [] }, 'workingLanguages', 'programme.oneWorkingLanguage'],
    ['unknown language', { interpretationLanguages: ['xx'] }, 'interpretationLanguages.0', 'invalid'],
    ['unknown kind', { kind: 'PARTY' }, 'kind', 'required'],
    ['title too long', { title: { fr: 'x'.repeat(201), en: '', es: '', pt: '' } }, 'title.fr', 'tooLong:200'],
    ['speaker without name', { speakers: [{ name: '', role: 'SPEAKER' }] }, 'speakers.0.name', 'required'],
    ['speaker with unknown country', { speakers: [{ name: 'A', country: 'ZZ', role: 'SPEAKER' }] }, 'speakers.0.country', 'invalid'],
  ] as const)('refuses %s', (_label, patch, path, message) => {
    expect(issues(sessionSchema.safeParse({ ...base, ...patch }))[path]).toBe(message);
  });
  it('refuses unknown fields and crafted eligibility', () => {
    expect(sessionSchema.safeParse({ ...base, enrolledCount: 0 }).success).toBe(false);
    expect(sessionSchema.safeParse({ ...base, eligibility: { continents: ['ATLANTIS'] } }).success).toBe(false);
    expect(sessionSchema.safeParse({ ...base, eligibility: { vip: true } }).success).toBe(false);
    expect(sessionSchema.safeParse({ ...base, title: { fr: 'x', de: 'y' } }).success).toBe(false);
  });
});

describe('room and track schemas', () => {
  it('accepts numbers typed as text and trims names', () => {
    expect(roomSchema.parse({ eventId: 'e', name: ' Salle Gorée ', capacity: '350', interpretationBooths: '3', location: '' })).toEqual({ eventId: 'e', name: 'Salle Gorée', capacity: 350, interpretationBooths: 3, location: undefined });
  });
  it('refuses bad capacities, booths and colours', () => {
    expect(issues(roomSchema.safeParse({ eventId: 'e', name: 'S', capacity: '', interpretationBooths: 0 })).capacity).toBeDefined();
    expect(issues(roomSchema.safeParse({ eventId: 'e', name: 'S', capacity: 10, interpretationBooths: 21 })).interpretationBooths).toBe('max:20');
    expect(issues(roomSchema.safeParse({ eventId: 'e', name: 'S', capacity: 1.5, interpretationBooths: 0 })).capacity).toBe('invalid');
    expect(trackSchema.safeParse({ eventId: 'e', name: { fr: 'Piste', en: '', es: '', pt: '' }, color: 'red' }).success).toBe(false);
    expect(trackSchema.safeParse({ eventId: 'e', name: { fr: 'Piste', en: '', es: '', pt: '' }, color: '#0f766e' }).success).toBe(true);
  });
});

describe('programmeFiltersSchema', () => {
  it('ignores anything unknown instead of failing', () => {
    expect(programmeFiltersSchema.parse({ day: '2027-02-20', kind: 'WORKSHOP', lang: 'es', track: 't1' })).toEqual({ day: '2027-02-20', kind: 'WORKSHOP', lang: 'es', track: 't1' });
    expect(programmeFiltersSchema.parse({ day: 'tomorrow', kind: 'DROP TABLE', lang: 'klingon' })).toEqual({ day: undefined, kind: undefined, lang: undefined });
  });
});
