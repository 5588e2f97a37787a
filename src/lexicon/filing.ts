// Dictionary entries filed under their words, so that a sentence looks up its own words (or the entries' words
// are looked up in it) instead of testing every entry.

/** Entries by position: those filed under no word, which are always candidates, and those filed under each word. */
export type WordFiling = { size: number; always: number[]; byWord: Map<string, number[]> };

/** Files `size` entries under the words `wordsOf` gives each; an entry given null is always a candidate. */
export function fileUnderWords(size: number, wordsOf: (entry: number) => Iterable<string> | null): WordFiling {
  const filing: WordFiling = { size, always: [], byWord: new Map() };
  for (let entry = 0; entry < size; entry++) {
    const words = wordsOf(entry);
    if (words === null) {
      filing.always.push(entry);
      continue;
    }
    for (const word of new Set(words)) {
      const filed = filing.byWord.get(word);
      if (filed) filed.push(entry);
      else filing.byWord.set(word, [entry]);
    }
  }
  return filing;
}

/** The candidates for a sentence with these words, by position (1 each): those filed under one of them, and the rest always. */
export function candidatesFor(filing: WordFiling, words: ReadonlySet<string>): Uint8Array {
  const found = new Uint8Array(filing.size);
  for (const entry of filing.always) found[entry] = 1;
  // The shorter of the two is walked: the filed words or the sentence's.
  if (filing.byWord.size < words.size) {
    for (const [word, filed] of filing.byWord) if (words.has(word)) for (const entry of filed) found[entry] = 1;
  } else {
    for (const word of words) for (const entry of filing.byWord.get(word) ?? []) found[entry] = 1;
  }
  return found;
}
