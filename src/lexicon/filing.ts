// Dictionary entries filed under their words, so that a sentence looks up its own words (or the entries' words
// are looked up in it) instead of testing every entry.

/** Entries by position: those filed under no word, which are always candidates, and those filed under each word. */
export type WordFiling = {
  always: number[];
  byWord: Map<string, number[]>;
  /** One mark per entry, all clear between calls of candidatesFor. */
  marks: Uint8Array;
};

/** Files `size` entries under the words `wordsOf` gives each; an entry given null is always a candidate. */
export function fileUnderWords(size: number, wordsOf: (entry: number) => Iterable<string> | null): WordFiling {
  const filing: WordFiling = { always: [], byWord: new Map(), marks: new Uint8Array(size) };
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

/** The candidates for a sentence with these words, by position in order: those filed under one of them, and the rest always. */
export function candidatesFor(filing: WordFiling, words: ReadonlySet<string>): number[] {
  const found: number[] = [];
  take(filing, filing.always, found);
  // The shorter of the two is walked: the filed words or the sentence's.
  if (filing.byWord.size < words.size) {
    for (const [word, filed] of filing.byWord) if (words.has(word)) take(filing, filed, found);
  } else {
    for (const word of words) {
      const filed = filing.byWord.get(word);
      if (filed) take(filing, filed, found);
    }
  }
  for (const entry of found) filing.marks[entry] = 0;
  return found.length <= SHORT ? insertionSort(found) : found.sort((a, b) => a - b);
}

/** Up to this many candidates (nearly every call finds fewer than ten) are sorted by insertion. */
const SHORT = 16;

/** Sorts a short list of numbers in place, without the buffer and the comparison calls of the built-in sort. */
function insertionSort(list: number[]): number[] {
  for (let i = 1; i < list.length; i++) {
    const value = list[i];
    let j = i - 1;
    for (; j >= 0 && list[j] > value; j--) list[j + 1] = list[j];
    list[j + 1] = value;
  }
  return list;
}

/** Adds the entries not yet found, marking them. */
function take(filing: WordFiling, entries: number[], found: number[]): void {
  for (const entry of entries) {
    if (filing.marks[entry] === 1) continue;
    filing.marks[entry] = 1;
    found.push(entry);
  }
}
