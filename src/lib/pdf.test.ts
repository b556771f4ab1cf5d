import { describe, expect, it } from 'vitest';
import { fontRuns } from './pdf';

describe('fontRuns', () => {
  it('keeps Latin (with accents, Vietnamese, Cyrillic) in Noto Sans', () => {
    expect(fontRuns('Ngũgĩ wa Thiong’o — Дмитрий')).toEqual([{ font: 'sans', text: 'Ngũgĩ wa Thiong’o — Дмитрий' }]);
  });
  it('gives Han/kana, Hangul and Arabic their own fonts, punctuation staying with its run', () => {
    expect(fontRuns('王芳 (Wang)')).toEqual([{ font: 'cjk', text: '王芳 (' }, { font: 'sans', text: 'Wang)' }]);
    expect(fontRuns('김민준')).toEqual([{ font: 'korean', text: '김민준' }]);
    expect(fontRuns('محمد العربي')).toEqual([{ font: 'arabic', text: 'محمد العربي' }]);
    expect(fontRuns('さくら')).toEqual([{ font: 'cjk', text: 'さくら' }]);
  });
});
