/** Accent-free, lower-cased text, as stored in Registration.searchText. */
export function foldSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
