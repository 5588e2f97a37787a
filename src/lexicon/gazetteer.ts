// Names → entries, matched at token boundaries by the lower-cased text they cover. Names need no tokenising:
// a candidate span's text is looked up whole, and only tokens that can start some name are tried.
import type { Token } from '../doc.ts';

export type NameEntry<T> = {
  value: T;
  name: string;
  caseSensitive: boolean;
  capitalised: boolean;
  /** Later entries that gave the same name without overriding it ("the bloc": the EU, then ASEAN, BRICS…). */
  others: T[];
};

export type Gazetteer<T> = {
  names: Map<string, NameEntry<T>>;
  /** What the names with one start have in common, so a common start ("the") tries few spans; shared with other gazetteers. */
  starts: StartIndex;
  /** This gazetteer's place in the index's entries. */
  slot: number;
};

/**
 * The gazetteers of one lexicon by the starts of their names: each entry holds, by slot, what each gazetteer's
 * names with that start have in common. Most tokens start no name; one lookup tells it for every gazetteer.
 */
export type StartIndex = { byStart: Map<string, Array<NamesFrom | undefined>>; slots: number };

type NamesFrom = {
  /** The most tokens any of these names spans. */
  most: number;
  /** The ASCII characters these names end with: a span ending otherwise is passed over without a lookup. */
  lastChars: string;
  /** The last words of these names ("states" of "the united states"): a span ending in another word is passed over. */
  lastWords: Set<string>;
};

export function createStartIndex(): StartIndex {
  return { byStart: new Map(), slots: 0 };
}

/** A gazetteer filed in `starts` beside the others there (a lexicon's gazetteers share one), or in an index of its own. */
export function createGazetteer<T>(starts: StartIndex = createStartIndex()): Gazetteer<T> {
  return { names: new Map(), starts, slot: starts.slots++ };
}

export function normaliseName(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[\s_]+/g, ' ').trim();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(lower: string, index: number): boolean {
  const c = lower.charCodeAt(index);
  // ASCII is settled by its code; the Unicode classes are asked only about other characters.
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return WORD_CHAR.test(lower[index]);
}

/** The leading run of letters and digits: the same for a name and for the token that starts it. */
function startKey(lower: string): string {
  let end = 0;
  while (end < lower.length && isWordChar(lower, end)) end++;
  return end === 0 ? lower.charAt(0) : end === lower.length ? lower : lower.slice(0, end);
}

/** The trailing run of letters and digits, or the last character when there is none. */
function endKey(lower: string): string {
  let start = lower.length;
  while (start > 0 && isWordChar(lower, start - 1)) start--;
  return start === lower.length ? lower.charAt(lower.length - 1) : lower.slice(start);
}

/** Whether a token is letters and digits only. */
function isWholeWord(lower: string): boolean {
  if (lower === '') return false;
  for (let i = 0; i < lower.length; i++) if (!isWordChar(lower, i)) return false;
  return true;
}

/**
 * The last character of a span's normalised lower-case text, from its raw last character; null when that is
 * not plain ASCII or normalising may drop it (a space, `_`), so the span must be looked up to be sure.
 */
function lastCharOf(text: string, end: number): string | null {
  let c = text.charCodeAt(end - 1);
  if (c >= 0x80 || c <= 32 || c === 95) return null;
  if (c >= 65 && c <= 90) c += 32;
  else if (c === 96) c = 39;
  return String.fromCharCode(c);
}

// `_` joins words in text prepared for TABARI-era coders ("Dol_Amroth"), as in their dictionaries.
const NEEDS_NORMALISING = /[’‘`\t\n\r_]| {2}/;
const LEADING_THE = /^the\s+/i;
const CAPITAL = /^\p{Lu}/u;

/** Adds a name; the first entry for a name wins unless `override` is set (users' dictionaries override). */
export function addName<T>(gazetteer: Gazetteer<T>, name: string, value: T, options: { caseSensitive?: boolean; override?: boolean } = {}): void {
  const key = normaliseName(name);
  if (key === '') return;
  const existing = gazetteer.names.get(key);
  if (existing && !options.override) {
    if (existing.value !== value) existing.others.push(value);
    return;
  }
  gazetteer.names.set(key, {
    value,
    name,
    caseSensitive: options.caseSensitive ?? false,
    capitalised: CAPITAL.test(name.replace(LEADING_THE, '')),
    others: [],
  });
  const start = startKey(key);
  // An upper bound on the tokens the name spans: the tokeniser may split words at punctuation and at letters
  // outside a-z ("Davutoğlu"), so each of those counts as a possible break.
  const words = key.split(/[^a-z0-9]+/).length + (key.match(/[^a-z0-9\s]/g)?.length ?? 0);
  let filed = gazetteer.starts.byStart.get(start);
  if (!filed) {
    filed = [];
    gazetteer.starts.byStart.set(start, filed);
  }
  const from = filed[gazetteer.slot];
  const last = key.charAt(key.length - 1);
  if (!from) filed[gazetteer.slot] = { most: words, lastChars: last, lastWords: new Set([endKey(key)]) };
  else {
    if (words > from.most) from.most = words;
    if (!from.lastChars.includes(last)) from.lastChars += last;
    from.lastWords.add(endKey(key));
  }
}

export type GazetteerHit<T> = { entry: NameEntry<T>; first: number; last: number };

/** The longest name starting at token `first` and ending at or before token `limit`. */
export function matchAt<T>(gazetteer: Gazetteer<T>, text: string, tokens: Token[], first: number, limit: number): GazetteerHit<T> | null {
  const from = startsAt(gazetteer.starts, tokens, first)?.[gazetteer.slot];
  if (from === undefined) return null;
  let stop = Math.min(limit, first + from.most - 1);
  // "Dol_Amroth" is three tokens for one word of the name: each `_` lets the span reach two tokens further.
  for (let t = first; t <= stop; t++) if (tokens[t].text === '_') stop = Math.min(limit, stop + 2);
  const start = tokens[first].start;
  // The first token ends where the next word starts ("Davutoğlu" cut in two): the span's first word is longer than
  // the token, so the names filed under the token's start say nothing of its last word.
  const glued = first < stop && isWordChar(text, tokens[first].end);
  for (let last = stop; last >= first; last--) {
    const end = tokens[last].end;
    if (!glued && endsWithWord(text, tokens, first, last)) {
      if (!from.lastWords.has(tokens[last].lower)) continue;
    } else {
      const lastChar = lastCharOf(text, end);
      if (lastChar !== null && !from.lastChars.includes(lastChar)) continue;
    }
    // A one-token span is the token's own lower-case form; a longer one is cut from the whole text lowered once.
    const lower = last === first ? tokens[first].lower : lowerSpan(text, start, end);
    const entry = gazetteer.names.get(NEEDS_NORMALISING.test(lower) ? normaliseName(text.slice(start, end)) : lower);
    if (entry && casingFits(entry, text.slice(start, end))) return { entry, first, last };
  }
  return null;
}

// What the index holds for the start of each token last matched against. Each stage asks each gazetteer at nearly
// every token, so a token is looked up once for all of them; tokens are never changed once made.
let looked: { tokens: Token[]; starts: StartIndex; at: Array<Array<NamesFrom | undefined> | null> } = { tokens: [], starts: createStartIndex(), at: [] };

function startsAt(starts: StartIndex, tokens: Token[], index: number): Array<NamesFrom | undefined> | null {
  if (looked.tokens !== tokens || looked.starts !== starts) looked = { tokens, starts, at: new Array(tokens.length) };
  let found = looked.at[index];
  if (found === undefined) {
    found = starts.byStart.get(startKey(tokens[index].lower)) ?? null;
    looked.at[index] = found;
  }
  return found;
}

/** Whether the span's last token is a whole word with no letter or digit of the span right before it: its last word. */
function endsWithWord(text: string, tokens: Token[], first: number, last: number): boolean {
  return isWholeWord(tokens[last].lower) && (last === first || !isWordChar(text, tokens[last].start - 1));
}

let lowered = { text: '', lower: '', exact: true };

/**
 * `text.slice(start, end).toLowerCase()`, cut from the text lowered once (the last text asked about is kept).
 * Lowering the whole text is the same as lowering a piece unless a letter lowers to two characters or by its
 * context (a Greek capital sigma): such texts are lowered piece by piece.
 */
function lowerSpan(text: string, start: number, end: number): string {
  if (lowered.text !== text) {
    const lower = text.toLowerCase();
    lowered = { text, lower, exact: lower.length === text.length && !text.includes('Σ') };
  }
  return lowered.exact ? lowered.lower.slice(start, end) : text.slice(start, end).toLowerCase();
}

function casingFits<T>(entry: NameEntry<T>, span: string): boolean {
  if (entry.caseSensitive) return span.replace(/\s+/g, ' ') === entry.name;
  if (!entry.capitalised) return true;
  return CAPITAL.test(span.replace(LEADING_THE, ''));
}
