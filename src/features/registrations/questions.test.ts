import { describe, expect, it } from 'vitest';
import { checkAnswers, parseOptions, visibleQuestions, type QuestionDef } from './questions';

const q = (over: Partial<QuestionDef> & Pick<QuestionDef, 'key' | 'type'>): QuestionDef => ({ label: { fr: over.key }, options: [], required: false, showIfKey: null, showIfValue: null, ...over });

const QUESTIONS: QuestionDef[] = [
  q({ key: 'first', type: 'YES_NO', required: true }),
  q({ key: 'heard', type: 'CHOICE', options: [{ value: 'network', label: {} }, { value: 'other', label: {} }] }),
  q({ key: 'heard_other', type: 'TEXT', required: true, showIfKey: 'heard', showIfValue: 'other' }),
  q({ key: 'topics', type: 'MULTI_CHOICE', options: [{ value: 'finance', label: {} }, { value: 'food', label: {} }] }),
  q({ key: 'food_detail', type: 'TEXT', required: true, showIfKey: 'topics', showIfValue: 'food' }),
  q({ key: 'deep', type: 'TEXT', showIfKey: 'heard_other', showIfValue: 'radio' }),
  q({ key: 'cycle_a', type: 'TEXT', showIfKey: 'cycle_b', showIfValue: 'x' }),
  q({ key: 'cycle_b', type: 'TEXT', showIfKey: 'cycle_a', showIfValue: 'x' }),
];

describe('visibleQuestions', () => {
  it('shows a conditional question only when its parent answer matches', () => {
    const keys = (answers: Record<string, string | string[]>) => visibleQuestions(QUESTIONS, answers).map((x) => x.key);
    expect(keys({})).toEqual(['first', 'heard', 'topics']);
    expect(keys({ heard: 'other' })).toEqual(['first', 'heard', 'heard_other', 'topics']);
    expect(keys({ topics: ['finance', 'food'] })).toContain('food_detail');
    expect(keys({ heard: 'other', heard_other: 'radio' })).toContain('deep');
    // The grand-child hides when its parent hides, even with a matching stale answer.
    expect(keys({ heard: 'network', heard_other: 'radio' })).not.toContain('deep');
    // A cycle never shows.
    expect(keys({ cycle_a: 'x', cycle_b: 'x' })).not.toContain('cycle_a');
  });
});

describe('checkAnswers', () => {
  it('requires visible required questions only and drops hidden answers', () => {
    expect(checkAnswers(QUESTIONS, {}).issues).toEqual([{ key: 'first', message: 'required' }]);
    expect(checkAnswers(QUESTIONS, { first: 'yes', heard: 'other' }).issues).toEqual([{ key: 'heard_other', message: 'required' }]);
    const { issues, clean } = checkAnswers(QUESTIONS, { first: 'no', heard: 'network', heard_other: 'stale' });
    expect(issues).toEqual([]);
    expect(clean).toEqual({ first: 'no', heard: 'network' });
  });
  it('refuses values outside the options, unknown keys and long texts', () => {
    expect(checkAnswers(QUESTIONS, { first: 'maybe' }).issues).toEqual([{ key: 'first', message: 'invalid' }]);
    expect(checkAnswers(QUESTIONS, { first: 'yes', heard: 'tv' }).issues).toEqual([{ key: 'heard', message: 'invalid' }]);
    expect(checkAnswers(QUESTIONS, { first: 'yes', topics: ['finance', 'weapons'] }).issues).toEqual([{ key: 'topics', message: 'invalid' }]);
    expect(checkAnswers(QUESTIONS, { first: 'yes', admin: 'yes' }).issues).toEqual([{ key: 'admin', message: 'invalid' }]);
    expect(checkAnswers(QUESTIONS, { first: 'yes', heard: 'other', heard_other: 'x'.repeat(501) }).issues).toEqual([{ key: 'heard_other', message: 'tooLong:500' }]);
  });
  it('dedupes multi-choice answers and trims text', () => {
    expect(checkAnswers(QUESTIONS, { first: 'yes', topics: ['food', 'food'], food_detail: '  ceebu jën  ' }).clean).toEqual({ first: 'yes', topics: ['food'], food_detail: 'ceebu jën' });
  });
});

describe('parseOptions', () => {
  it('keeps well-formed options only', () => {
    expect(parseOptions([{ value: 'a', label: { fr: 'A' } }, { value: '' }, 'x', null, { label: {} }])).toEqual([{ value: 'a', label: { fr: 'A' } }]);
    expect(parseOptions('nope')).toEqual([]);
  });
});
