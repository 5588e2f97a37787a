// Word forms the tagger's lemmas miss: British and American spellings of one word, and the base form of a verb
// read as a noun or adjective ("forgave", "tortured").
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let irregular: Record<string, string> | null = null;

/** WordNet's irregular verb forms, shipped with the wink model ("forgave" → "forgive", "shot" → "shoot"). */
function irregularVerbs(): Record<string, string> {
  irregular ??= require('wink-eng-lite-web-model/dist/wn-verb-exceptions.js') as Record<string, string>;
  return irregular;
}

const SPELLINGS: Array<[RegExp, string]> = [
  [/ise$/, 'ize'], [/ize$/, 'ise'], [/isation$/, 'ization'], [/ization$/, 'isation'], [/yse$/, 'yze'], [/yze$/, 'yse'],
  [/our$/, 'or'], [/or$/, 'our'], [/ence$/, 'ense'], [/ense$/, 'ence'], [/tre$/, 'ter'], [/ter$/, 'tre'],
  [/ogue$/, 'og'], [/og$/, 'ogue'], [/mme$/, 'm'], [/ll$/, 'l'], [/([^l])l$/, '$1ll'],
];

/** Endings any of the spelling rules can apply to: other words are passed over at once. */
const SPELT = /(?:ise|ize|isation|ization|yse|yze|our|or|ence|ense|tre|ter|ogue|og|mme|l)$/;
const NONE: string[] = [];

/** The other spellings of a word ("defence" → "defense", "honored" → "honoured" is reached from its lemma). */
export function spellings(word: string): string[] {
  if (!SPELT.test(word)) return NONE;
  const out: string[] = [];
  for (const [from, to] of SPELLINGS) {
    if (!from.test(word)) continue;
    const other = word.replace(from, to);
    if (other !== word) out.push(other);
  }
  return out;
}

/** Regular endings and the stems they leave, most likely first. */
const STEM_RULES: Array<[RegExp, (m: RegExpMatchArray) => string[]]> = [
  [/^(.+)ied$/, (m) => [`${m[1]}y`]],
  [/^(.+?)([bdfgklmnprstvz])\2(ed|ing)$/, (m) => [m[1] + m[2]]],
  [/^(.+)(ed|ing)$/, (m) => [`${m[1]}e`, m[1]]],
  [/^(.+)ies$/, (m) => [`${m[1]}y`]],
  [/^(.+(?:s|x|z|ch|sh))es$/, (m) => [m[1]]],
  [/^(.+[^s])s$/, (m) => [m[1]]],
];

/** verbBases by lower-case form: the same verbs recur in every article, and each costs a dozen regex tests. */
const basesOf = new Map<string, readonly string[]>();
const BASES_KEPT = 20_000;

/**
 * The base forms a verb form may have, most likely first: its irregular base, then the regular stems
 * ("staged" → "stage", "stag"; "fined" → "fine"; "honoured" → "honour"), with their other spellings.
 * The list is shared between calls: read it, do not change it.
 */
export function verbBases(form: string): readonly string[] {
  const lower = form.toLowerCase();
  let bases = basesOf.get(lower);
  if (bases === undefined) {
    if (basesOf.size >= BASES_KEPT) basesOf.clear();
    bases = basesFor(lower);
    basesOf.set(lower, bases);
  }
  return bases;
}

function basesFor(lower: string): string[] {
  const out: string[] = [];
  const known = irregularVerbs()[lower];
  if (known) addBase(out, known);
  for (const [pattern, stems] of STEM_RULES) {
    const m = lower.match(pattern);
    if (m) for (const stem of stems(m)) addBase(out, stem);
  }
  addBase(out, lower);
  return out;
}

/** Adds a base form, and its other spellings, unless they are there already or too short to be one. */
function addBase(out: string[], base: string): void {
  if (base.length < 2 || out.includes(base)) return;
  out.push(base);
  for (const other of spellings(base)) if (!out.includes(other)) out.push(other);
}

/** Whether the form looks like a past tense or participle: "-ed", or an irregular form such as "shot". */
export function isPastForm(form: string): boolean {
  const lower = form.toLowerCase();
  if (lower.endsWith('ed') && lower.length > 4) return true;
  const base = irregularVerbs()[lower];
  return base !== undefined && base !== lower && !lower.endsWith('s') && !lower.endsWith('ing');
}

/** Verbs whose past tense is their base form: a noun tag on them after a subject hides the verb ("Britain reset relations"). */
export const SAME_PAST = new Set(['cast', 'spread', 'reset', 'put', 'hit', 'cut', 'set', 'shut', 'quit', 'let', 'bid', 'burst', 'hurt', 'split', 'shed', 'thrust', 'upset', 'broadcast', 'forecast', 'offset', 'beset', 'outbid', 'recast', 'undercut']);

/** The possessive "'s" the tokenizer splits off ("Russia 's", with a straight or a curly apostrophe). */
export const isPossessiveMark = (token: { lower: string } | undefined): boolean => token !== undefined && (token.lower === "'s" || token.lower === '’s');

/** Participles that add what a subject said or held, after a comma: ", saying it would", ", calling it a provocation". */
export const SPEECH_PARTICIPLES = new Set(['saying', 'adding', 'accusing', 'arguing', 'claiming', 'insisting', 'noting', 'warning', 'stressing', 'calling', 'citing', 'vowing', 'stating', 'explaining', 'blaming', 'dismissing', 'describing', 'denouncing', 'urging', 'rejecting', 'demanding', 'condemning']);
