// Names as people write them. A full name is never split (where "Ndèye Fatou
// Ñdiaye" or "Nguyễn Thị Minh Khai" cuts is not knowable); people give their
// given name(s) and family name(s) separately and say which comes first.
// Pure; shared by forms, pages and PDFs.

export const NAME_ORDERS = ['GIVEN_FIRST', 'FAMILY_FIRST'] as const;
export type NameOrder = (typeof NAME_ORDERS)[number];

/** The name as written by its owner: "Nguyễn Thị Minh Khai" (family first), "Ndèye Fatou Ñdiaye". */
export function fullName(given: string, family: string, order: NameOrder | string = 'GIVEN_FIRST'): string {
  const parts = order === 'FAMILY_FIRST' ? [family, given] : [given, family];
  return parts.map((p) => p.trim()).filter(Boolean).join(' ');
}

/** The two lines of a badge, in reading order; the family name is in capitals. */
export function badgeLines(given: string, family: string, order: NameOrder | string = 'GIVEN_FIRST', locale = 'fr'): [string, string] {
  const familyUpper = family.toLocaleUpperCase(locale);
  return order === 'FAMILY_FIRST' ? [familyUpper, given] : [given, familyUpper];
}
