// The subject of a cue: the noun group before it ("Smith said"), with an apposition ("Kenya's finance minister,
// Peter Odhiambo, said"), after it when inverted ("said Helga Brandt, the German envoy"), or inherited from the
// clause it hangs on ("…, adding that …", "… and added that …").
import type { Token } from '../doc.ts';
import { isNameWord, NAME_JOINER, type Context, type CueMatch } from './context.ts';

export type Range = { first: number; last: number };
export type Subject = { head: Range; apposition: Range | null };

const MAX_GROUP = 14;
const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const SUBJECT_PRONOUN = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'one']);
/** Prepositions that stay inside a noun group: "the spokesman for the ministry", "a source close to the couple". */
const NOUN_GROUP_ADP = new Set(['of', 'for', 'from', 'at', 'to', 'with', 'in', 'on', 'close']);
const COORDINATOR = new Set(['and', 'but']);

export function isPossessivePart(token: Token): boolean {
  return token.pos === 'PART' && (token.lower === "'s" || token.lower === '’s' || token.lower === "'" || token.lower === '’');
}

/** A token that can stand inside a noun group (a pronoun only as a possessive: "her son Gary"). */
function inGroup(context: Context, t: number): boolean {
  const token = context.tokens[t];
  if (context.spanOf[t] >= 0) return false;
  if (context.isMark[t] === 2 || isNameWord(context, t) || isNameParticle(context, t)) return true;
  switch (token.pos) {
    case 'DET':
    case 'ADJ':
    case 'NOUN':
    case 'PROPN':
    case 'NUM':
      return true;
    case 'PART':
      return isPossessivePart(token);
    case 'ADP':
      return NOUN_GROUP_ADP.has(token.lower);
    case 'PRON':
      return POSSESSIVE.has(token.lower);
    case 'PUNCT':
      return isJoiningHyphen(context, t);
    default:
      return false;
  }
}

/** "do" in "Rio Grande do Sul", "da" in "Maria da Silva": a particle between two name words (tagged anything). */
function isNameParticle(context: Context, t: number): boolean {
  const { tokens } = context;
  return NAME_JOINER.has(tokens[t].lower) && t > 0 && t + 1 < tokens.length && tokens[t].lower !== 'of' && tokens[t].lower !== 'for' && isNameWord(context, t - 1) && isNameWord(context, t + 1);
}

/** The hyphens of "the 31-year-old" and "the mother-of-two": no space on either side. */
function isJoiningHyphen(context: Context, t: number): boolean {
  const { tokens } = context;
  return tokens[t].text === '-' && t > 0 && t + 1 < tokens.length && tokens[t - 1].end === tokens[t].start && tokens[t + 1].start === tokens[t].end;
}

function isSubjectPronoun(token: Token): boolean {
  return token.pos === 'PRON' && SUBJECT_PRONOUN.has(token.lower);
}

function hasNominal(context: Context, range: Range): boolean {
  for (let t = range.first; t <= range.last; t++) {
    const pos = context.tokens[t].pos;
    if (pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || pos === 'NUM') return true;
  }
  return false;
}

/** Auxiliaries, negation and adverbs between a subject and its verb ("has also said"). */
function isVerbModifier(token: Token): boolean {
  return token.pos === 'AUX' || token.pos === 'ADV' || (token.pos === 'PART' && (token.lower === 'not' || token.lower === "n't"));
}

/** The noun group ending at `last`, walking left no further than `floor`. */
function groupEndingAt(context: Context, last: number, floor: number): Range | null {
  if (last < floor) return null;
  if (isSubjectPronoun(context.tokens[last]) && context.spanOf[last] < 0) return { first: last, last };
  let first = last + 1;
  for (let t = last; t >= floor && last - t < MAX_GROUP; t--) {
    if (!inGroup(context, t)) break;
    first = t;
  }
  while (first <= last && (context.tokens[first].pos === 'ADP' || context.tokens[first].pos === 'PART')) first++;
  if (first > last) return null;
  const range = { first, last };
  return hasNominal(context, range) ? range : null;
}

/** The noun group starting at `first`, walking right no further than `ceiling`. */
export function groupStartingAt(context: Context, first: number, ceiling: number): Range | null {
  const tokens = context.tokens;
  if (first > ceiling || first >= tokens.length) return null;
  if (isSubjectPronoun(tokens[first]) && context.spanOf[first] < 0) return { first, last: first };
  let last = first - 1;
  for (let t = first; t <= ceiling && t - first < MAX_GROUP; t++) {
    if (!inGroup(context, t)) break;
    last = t;
  }
  while (last >= first && (tokens[last].pos === 'ADP' || tokens[last].pos === 'DET')) last--;
  if (last < first) return null;
  const range = { first, last };
  return hasNominal(context, range) ? range : null;
}

/** Skips the verb group left of a cue; returns the index of the token before it. */
function beforeVerbGroup(context: Context, cue: CueMatch, floor: number): number {
  const tokens = context.tokens;
  let i = cue.first - 1;
  while (i >= floor && isVerbModifier(tokens[i]) && context.spanOf[i] < 0) i--;
  return i;
}

export function subjectBefore(context: Context, cue: CueMatch, floor: number): Subject | null {
  const tokens = context.tokens;
  let i = beforeVerbGroup(context, cue, floor);
  if (i < floor) return null;
  // "X was quoted (by state media) as saying": the subject stands before "was quoted";
  // "the agency quoted X as saying": the speaker is the one quoted.
  if (tokens[i].lower === 'as') {
    let quoted = i - 1;
    while (quoted >= floor && i - quoted < 8 && tokens[quoted].lemma !== 'quote' && tokens[quoted].lemma !== 'cite') quoted--;
    if (quoted < floor || i - quoted >= 8) return null;
    const object = groupEndingAt(context, i - 1, quoted + 1);
    const passive = quoted - 1 >= floor && tokens[quoted - 1].pos === 'AUX';
    if (!passive && object) return { head: object, apposition: null };
    i = quoted - 1;
    while (i >= floor && isVerbModifier(tokens[i])) i--;
    if (i < floor) return null;
  }
  // "The woman who said …": the subject of a relative clause is the group it hangs on.
  if ((tokens[i].lower === 'who' || tokens[i].lower === 'which') && i - 1 >= floor) {
    i--;
    if (tokens[i].text === ',' && i - 1 >= floor) i--;
    const head = groupEndingAt(context, i, floor);
    return head ? { head, apposition: null } : null;
  }
  if (tokens[i].text !== ',' || context.spanOf[i] >= 0) {
    // "A diplomat who spoke on condition of anonymity said": the subject is the group the clause hangs on.
    const who = relativeBefore(context, i, floor);
    if (who >= 0) {
      const head = groupEndingAt(context, who - 1, floor);
      if (head) return { head, apposition: null };
    }
    const head = groupEndingAt(context, i, floor);
    return head ? (namedBefore(context, head, floor) ?? { head, apposition: null }) : null;
  }
  // Apposition: "HEAD, APPOSITION, said", or a clause between commas: "HEAD, speaking on condition of anonymity,
  // said". Find the comma that opens it (a clause may run longer than an apposition).
  const appositionLast = i - 1;
  let comma = appositionLast;
  while (comma >= floor && appositionLast - comma < MAX_ASIDE && tokens[comma].text !== ',' && context.spanOf[comma] < 0 && !(isSentenceEnd(tokens[comma]) && !isAbbreviationDot(context, comma))) {
    comma--;
  }
  const opened = comma >= floor && tokens[comma].text === ',' && context.spanOf[comma] < 0;
  const aside = opened && comma + 1 <= appositionLast ? { first: comma + 1, last: appositionLast } : null;
  const clause = aside !== null && isClause(context, aside);
  if (!opened || (!clause && appositionLast - comma >= MAX_APPOSITION)) {
    // "The toll rose to 56, said …": a clause of its own before the comma is what was said, not who said it.
    if (!opened && isClause(context, { first: Math.max(comma, floor), last: appositionLast })) return null;
    const head = groupEndingAt(context, appositionLast, floor);
    return head ? { head, apposition: null } : null;
  }
  let head = groupEndingAt(context, comma - 1, floor);
  // "Rebecca Long, 45, who has lived here for years, told …": the age is not the speaker.
  if (head && clause && isAge(context, head) && head.first - 2 >= floor && context.tokens[head.first - 1].text === ',') {
    head = groupEndingAt(context, head.first - 2, floor) ?? head;
  }
  // A clause says what the speaker did, not who they are: it names no speaker ("speaking to Reuters").
  if (head) return { head, apposition: clause ? null : aside };
  return aside && !clause && hasNominal(context, aside) ? { head: aside, apposition: null } : null;
}

function isAge(context: Context, range: Range): boolean {
  return range.first === range.last && context.tokens[range.first].pos === 'NUM';
}

/** The longest aside between a subject and its verb: an apposition, and a participle or relative clause. */
const MAX_APPOSITION = 12;
const MAX_ASIDE = 30;

/** "speaking on condition of anonymity", "who was elected in May": an aside holding a verb. */
function isClause(context: Context, range: Range): boolean {
  const { tokens } = context;
  if (tokens[range.first].lower === 'who' || tokens[range.first].lower === 'which') return true;
  for (let t = range.first; t <= range.last; t++) {
    // (A name the tagger took for a verb, "Liam Ford", is still a name.)
    if (context.spanOf[t] < 0 && (tokens[t].pos === 'VERB' || tokens[t].pos === 'AUX') && !isNameWord(context, t)) return true;
  }
  return false;
}

/** The "who" opening a relative clause that ends at token `last` (no comma or sentence end between), or -1. */
function relativeBefore(context: Context, last: number, floor: number): number {
  const { tokens } = context;
  for (let t = last; t > floor && last - t < MAX_GROUP; t--) {
    if (tokens[t].text === ',' || isSentenceEnd(tokens[t]) || context.spanOf[t] >= 0) return -1;
    if (tokens[t].lower === 'who' && t < last) return t;
  }
  return -1;
}

/**
 * "Julianne Smith, the United States Permanent Representative to NATO has said": a role description whose
 * closing comma is missing stands in apposition to the name before it, which is the subject.
 */
function namedBefore(context: Context, role: Range, floor: number): Subject | null {
  const { tokens, cues } = context;
  const comma = role.first - 1;
  if (comma - 1 < floor || tokens[comma].text !== ',' || context.spanOf[comma] >= 0) return null;
  let describesPerson = false;
  for (let t = role.first; t <= role.last; t++) {
    if (cues.personNouns.has(tokens[t].lower)) describesPerson = true;
  }
  if (!describesPerson) return null;
  const name = groupEndingAt(context, comma - 1, floor);
  if (!name || tokens[name.last].pos !== 'PROPN') return null;
  // "In Delhi, the minister said": a place after a preposition is a setting, not a subject.
  if (name.first - 1 >= floor && tokens[name.first - 1].pos === 'ADP') return null;
  if (name.first - 1 >= floor && tokens[name.first - 1].text !== ',' && !/^[.;:!?"“”]$/.test(tokens[name.first - 1].text)) return null;
  return { head: name, apposition: role };
}

/** Inverted order: "said neighbour Carol Baines, 67" or "said Helga Brandt, the German envoy to the talks". */
export function subjectAfter(context: Context, from: number, ceiling: number): Subject | null {
  const tokens = context.tokens;
  // "said the singer on Instagram": what follows "on" says where, not who.
  let end = ceiling;
  for (let t = from + 1; t <= ceiling; t++) {
    if (tokens[t].lower === 'on' && tokens[t].pos === 'ADP') {
      end = t - 1;
      break;
    }
  }
  const head = groupStartingAt(context, from, end);
  if (!head) return null;
  let apposition: Range | null = null;
  // "said a student who gave only her first name, Sara": the name closes the relative clause.
  let comma = head.last + 1;
  if (tokens[comma]?.lower === 'who') {
    while (comma <= ceiling && comma - head.last < MAX_GROUP && tokens[comma].text !== ',' && !isSentenceEnd(tokens[comma])) comma++;
  }
  if (comma + 1 <= ceiling && tokens[comma].text === ',') {
    const next = groupStartingAt(context, comma + 1, ceiling);
    const closes = next !== null && (next.last + 1 > ceiling || /^[,.;:!?]$/.test(tokens[next.last + 1].text));
    if (closes && (comma === head.last + 1 || isNameWord(context, next.last))) apposition = next;
  }
  return { head, apposition };
}

/** The full stop of "D-Mass." or "Sen.": attached to its word, with the sentence going on after it. */
function isAbbreviationDot(context: Context, t: number): boolean {
  const { tokens } = context;
  return tokens[t].text === '.' && t > 0 && tokens[t - 1].end === tokens[t].start && t + 1 < tokens.length && tokens[t + 1].sentence === tokens[t].sentence;
}

function isSentenceEnd(token: Token): boolean {
  return token.text === '.' || token.text === '!' || token.text === '?' || token.text === ';' || token.text === ':';
}

/** True when the cue hangs on an earlier clause: "adding that", "and added", "but warned". */
export function dependsOnEarlierClause(context: Context, cue: CueMatch, floor: number): boolean {
  const tokens = context.tokens;
  const first = tokens[cue.first];
  const i = beforeVerbGroup(context, cue, floor);
  if (first.lower.endsWith('ing')) return i < floor || tokens[i].text === ',' || tokens[i].text === '—' || COORDINATOR.has(tokens[i].lower);
  return i >= floor && COORDINATOR.has(tokens[i].lower);
}

/** The subject of a cue, in whichever of the three places it stands. */
export function subjectOf(context: Context, cue: CueMatch, floor: number, ceiling: number): Subject | null {
  if (dependsOnEarlierClause(context, cue, floor)) return inheritedSubject(context, cue, floor, ceiling);
  const before = subjectBefore(context, cue, floor);
  if (before) return before;
  const i = beforeVerbGroup(context, cue, floor);
  const tokens = context.tokens;
  if (i < floor || tokens[i].text === ',' || context.isMark[i] === 1 || isSentenceEnd(tokens[i])) {
    return subjectAfter(context, cue.last + 1, ceiling);
  }
  return null;
}

/** The subject of the nearest earlier cue in the same paragraph, else the noun group opening the sentence. */
function inheritedSubject(context: Context, cue: CueMatch, floor: number, ceiling: number): Subject | null {
  const tokens = context.tokens;
  for (let t = cue.first - 1; t >= floor && cue.first - t < 50; t--) {
    const earlier = context.cueAt[t];
    if (earlier?.cue.pos !== 'verb' || context.spanOf[t] >= 0) continue;
    if (dependsOnEarlierClause(context, earlier, floor)) continue;
    const subject = subjectOf(context, earlier, floor, ceiling);
    if (subject) return subject;
  }
  // Else the subject of the sentence's first verb: "Nigeria's minister, Bola Adeyemi, dismissed … and said …".
  const sentence = context.doc.sentences[tokens[cue.first].sentence];
  if (!sentence) return null;
  for (let t = Math.max(sentence.firstToken, floor); t < cue.first; t++) {
    if (context.spanOf[t] >= 0 || tokens[t].pos !== 'VERB') continue;
    return subjectBefore(context, { cue: cue.cue, first: t, last: t }, Math.max(sentence.firstToken, floor));
  }
  return null;
}
