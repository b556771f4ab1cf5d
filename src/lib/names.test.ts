import { describe, expect, it } from 'vitest';
import { badgeLines, fullName } from './names';

describe('fullName', () => {
  it('keeps the order the person chose and every diacritic', () => {
    expect(fullName('Thị Minh Khai', 'Nguyễn', 'FAMILY_FIRST')).toBe('Nguyễn Thị Minh Khai');
    expect(fullName('Ndèye Fatou', 'Ñdiaye', 'GIVEN_FIRST')).toBe('Ndèye Fatou Ñdiaye');
    expect(fullName('عبد الرحمن', 'الصالح')).toBe('عبد الرحمن الصالح');
  });
  it('drops an empty part (a single name)', () => {
    expect(fullName('Sukarno', '', 'GIVEN_FIRST')).toBe('Sukarno');
  });
  it('puts the family name in capitals on the line where it is written', () => {
    expect(badgeLines('Thị Minh Khai', 'Nguyễn', 'FAMILY_FIRST')).toEqual(['NGUYỄN', 'Thị Minh Khai']);
    expect(badgeLines('Ndèye Fatou', 'Ñdiaye')).toEqual(['Ndèye Fatou', 'ÑDIAYE']);
  });
});
