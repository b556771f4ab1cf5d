// Pure helpers for reference numbers and search text (client- and server-safe).
import { foldForSearch } from '@/lib/search';

/** `DKR05` + 421 -> `DKR05-00421` (at least five digits; more when the sequence outgrows them). */
export function formatReference(code: string, seq: number): string {
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`invalid reference sequence ${seq}`);
  return `${code}-${String(seq).padStart(5, '0')}`;
}

/**
 * The `searchText` column: lower-case, accent-free "first last email reference".
 * Same rule as the seed (`foldForSearch` in src/lib/search.ts), so demo
 * data and real registrations are found the same way.
 */
export function searchTextFor(r: { firstName: string; lastName: string; email: string; referenceNumber: string }): string {
  return foldForSearch(`${r.firstName} ${r.lastName} ${r.email} ${r.referenceNumber}`);
}

/** A search query folded the same way as `searchText`. */
export function foldQuery(query: string): string {
  return foldForSearch(query.trim()).replace(/\s+/g, ' ');
}
