/**
 * Lower-case and accent-free, for accent-insensitive search on a stored column
 * (`Registration.searchText`): "Gùeye" and "gueye" match. Non-Latin scripts
 * (Arabic, Chinese) are kept as they are. Used by the app and by the seed.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
