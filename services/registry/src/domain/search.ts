/**
 * Words for the search index. Text is lower-cased and stripped of accents, then split on
 * anything that is not a letter or digit: "Carrier Ethernet Services" → carrier, ethernet,
 * services. A query matches registers that have, for each of its words, a word starting with it.
 */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2 && word.length <= 64);
}

export function searchTerms(texts: readonly (string | null | undefined)[]): string[] {
  return [...new Set(texts.flatMap((text) => (text ? searchWords(text) : [])))];
}
