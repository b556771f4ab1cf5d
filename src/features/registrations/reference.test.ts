import { describe, expect, it } from 'vitest';
import { foldQuery, formatReference, searchTextFor } from './reference';

describe('formatReference', () => {
  it('pads to five digits and grows past them', () => {
    expect(formatReference('DKR05', 421)).toBe('DKR05-00421');
    expect(formatReference('DKR05', 1)).toBe('DKR05-00001');
    expect(formatReference('X', 123456)).toBe('X-123456');
  });
  it('refuses a non-positive or fractional sequence', () => {
    expect(() => formatReference('DKR05', 0)).toThrow(RangeError);
    expect(() => formatReference('DKR05', 1.5)).toThrow(RangeError);
  });
});

describe('searchTextFor', () => {
  it('folds accents and case, keeps non-Latin scripts', () => {
    expect(searchTextFor({ firstName: 'Ndèye Fatou', lastName: 'SÈNE', email: 'nf@ex.org', referenceNumber: 'DKR05-00421' })).toBe('ndeye fatou sene nf@ex.org dkr05-00421');
    expect(searchTextFor({ firstName: '李', lastName: 'محمد', email: 'a@b.c', referenceNumber: 'R-00001' })).toBe('李 محمد a@b.c r-00001');
    expect(searchTextFor({ firstName: 'João', lastName: 'Conceição', email: 'j@c.br', referenceNumber: 'R-00002' })).toContain('joao conceicao');
  });
  it('folds queries the same way', () => {
    expect(foldQuery('  Sène   NDÈYE ')).toBe('sene ndeye');
  });
});
