/**
 * How catalogue text is prepared for search, used both when an entry is written and when a query comes in,
 * so the two always agree.
 *
 * Swedish compounds are the hard part (DOMAIN.md, "Searching Swedish text"): the `swedish` stemmer alone
 * finds neither "reparationssömnad" for "sömnad" nor "svetsning" for "svetsare". So a query matches an
 * entry in any of three ways, each backed by an index:
 *   1. full text with prefix matching on the stem, the query stemmed as Swedish and as English against one
 *      document of both languages: "svetsare" stems to "svets", and svets:* finds "svetsning"; "welding"
 *      finds "weld", "welder";
 *   2. the word inside any of the distinct words of the entry's titles and Swedish texts (a substring match that pg_trgm's trigram index
 *      answers), which finds a part of a compound wherever it sits: "sömnad" in "reparationssömnad",
 *      "kraft" in "vattenkraft" and in "vattenkraftstation", "vård" in "omvårdnad".
 */

/** Lower case without diacritics, so "Sömnad", "sömnad" and "somnad" compare equal for trigrams. */
export function foldText(text: string): string {
  return text.toLocaleLowerCase('sv').normalize('NFKD').replace(/\p{M}/gu, '');
}

/** Words: runs of letters and digits (anything else separates, and can never reach a query's syntax). */
export function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The distinct folded words of an entry's texts, for the trigram index. */
export function searchWords(texts: Array<string | null | undefined>): string {
  const seen = new Set<string>();
  for (const text of texts) if (text) for (const word of wordsOf(foldText(text))) seen.add(word);
  return [...seen].join(' ');
}

export const MAX_SEARCH_LENGTH = 200;
export const MAX_SEARCH_WORDS = 8;

export interface PreparedSearch {
  /** For to_tsquery('swedish' | 'english', …): the words ANDed, each a prefix when 3+ letters. */
  tsquery: string;
  /** Folded words of 4+ letters, each of which must be contained in one of the entry's words. */
  trigramWords: string[];
  /** Lower-case words of 4+ letters, to lift entries with them in the title. */
  titleWords: string[];
}

/** Turns what a person typed into the parts of the search condition; null when it holds no word. */
export function prepareSearch(search: string): PreparedSearch | null {
  const words = wordsOf(search.toLocaleLowerCase('sv')).slice(0, MAX_SEARCH_WORDS);
  if (words.length === 0) return null;
  const tsquery = words.map((word) => (word.length >= 3 ? `${word}:*` : word)).join(' & ');
  const foldedWords = words.map(foldText);
  return {
    tsquery,
    trigramWords: foldedWords.filter((word) => word.length >= 4),
    titleWords: words.filter((word) => word.length >= 4),
  };
}
