import { describe, expect, it } from 'vitest';
import { foldForSearch } from './search';

describe('foldForSearch', () => {
  it('drops accents and case, keeps other scripts', () => {
    expect(foldForSearch('Mame Diarra GUÈYE')).toBe('mame diarra gueye');
    expect(foldForSearch('José Ñúñez')).toBe('jose nunez');
    expect(foldForSearch('فاطمة 王芳')).toBe('فاطمة 王芳');
  });
});
