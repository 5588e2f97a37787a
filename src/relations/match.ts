// Walks one sentence against the compiled wordings and returns every way a wording fits, with the slot fillers
// and the words that fell into gaps (read afterwards for negation, modality and `unless` words).
import type { Token } from '../doc.ts';
import { groupsAt, numberAt, type Context, type Group } from './groups.ts';
import type { Element, Phrase, SlotKind } from './phrases.ts';

export type Fit = {
  phrase: Phrase;
  subject: Group | null;
  object: Group | null;
  group: Group | null;
  count: number | null;
  first: number;
  last: number;
  /** Token indexes of the first and last literal word: where two fits compete, these spans must not overlap. */
  cueFirst: number;
  cueLast: number;
  /** Words between the first slot and the next literal, and inside …: where "not", "will", "former" hide. */
  gapped: number[];
};

type State = Omit<Fit, 'phrase' | 'first' | 'last'> & {
  /** A clause whose subject (and perhaps verb) was left out: "…, and a NATO member since 1999". */
  elided: boolean;
};

const LEAD_GAP_MAX = 4;
const PARENTHETICAL_MAX = 16;
const GAP_POS = new Set(['ADV', 'AUX', 'PART']);
const GAP_WORDS = new Set(['which', 'who', 'that', 'now', 'also', 'still', 'already', 'currently', 'formally', 'officially', 'itself', 'themselves', 'too', 'both', 'all', 'each']);
const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'since', 'during', 'last', 'this', 'by', 'from', 'earlier', 'later']);
const APPOSITIVE_STARTS = new Set(['a', 'an', 'the', 'another', 'one', 'its', 'their']);
const STOPS = new Set(['.', ';', '?', '!', ':']);
const COPULAS = new Set(['be', 'have']);

function accepts(kind: SlotKind, code: string): boolean {
  const body = code.startsWith('IGO') || code.startsWith('NGO');
  return kind === 'any' || (kind === 'igo') === body;
}

function wordFits(token: Token, words: ReadonlySet<string>): boolean {
  return words.has(token.lower) || words.has(token.lemma.toLowerCase()) || (token.lower === "'" && words.has("'s"));
}

/** ", a member of", ", NATO's newest member": an appositive comma stands where "is" would. */
function appositive(context: Context, at: number, limit: number, words: ReadonlySet<string>): boolean {
  const tokens = context.doc.tokens;
  return words.has('be') && tokens[at].text === ',' && at + 1 <= limit && (APPOSITIVE_STARTS.has(tokens[at + 1].lower) || context.mentions.has(at + 1));
}

/** Every fit of `phrase` in the sentence spanning tokens first..last. */
export function fitPhrase(context: Context, phrase: Phrase, first: number, last: number): Fit[] {
  const fits: Fit[] = [];
  const start = phrase.elements[0];
  for (let i = first; i <= last; i++) {
    if (start.kind === 'word' && !start.optional && !wordFits(context.doc.tokens[i], start.words)) continue;
    const state: State = { subject: null, object: null, group: null, count: null, cueFirst: -1, cueLast: -1, gapped: [], elided: false };
    const end = walk(context, phrase.elements, 0, i, last, state);
    if (end !== null) fits.push(toFit(phrase, i, end));
  }
  return fits;
}

/**
 * A fit of a SUBJ-first wording in a clause after "and"/"but" whose subject is left out and taken from the clause
 * before ("Georgia joined the Partnership for Peace but is still not a member"); "is"/"has" may be left out too.
 */
export function fitElided(context: Context, phrase: Phrase, subject: Group, after: number, last: number): Fit | null {
  const start = phrase.elements[0];
  if (start.kind !== 'slot' || start.slot !== 'SUBJ') return null;
  for (const lead of leadGaps(context, after, last)) {
    const state: State = { subject, object: null, group: null, count: null, cueFirst: -1, cueLast: -1, gapped: lead.gapped, elided: true };
    const end = walk(context, phrase.elements, 1, lead.at, last, state);
    if (end !== null) return toFit(phrase, after, end);
  }
  return null;
}

function toFit(phrase: Phrase, first: number, end: { at: number; state: State }): Fit {
  const { elided: _elided, ...state } = end.state;
  return { phrase, first, last: end.at - 1, ...state };
}

function walk(context: Context, elements: Element[], k: number, at: number, limit: number, state: State): { at: number; state: State } | null {
  if (k === elements.length) return { at, state };
  const element = elements[k];
  const tokens = context.doc.tokens;
  if (element.kind === 'word') {
    if (at <= limit && (wordFits(tokens[at], element.words) || appositive(context, at, limit, element.words))) {
      const cue = { ...state, cueFirst: state.cueFirst < 0 ? at : state.cueFirst, cueLast: at };
      const done = walk(context, elements, k + 1, at + 1, limit, element.optional ? state : cue);
      if (done) return done;
    }
    const skippable = element.optional || (state.elided && [...element.words].some((word) => COPULAS.has(word)));
    return skippable ? walk(context, elements, k + 1, at, limit, state) : null;
  }
  if (element.kind === 'gap') {
    for (let n = 0; n <= element.max && at + n <= limit + 1; n++) {
      if (n > 0 && STOPS.has(tokens[at + n - 1].text)) break;
      const gapped = [...state.gapped];
      for (let g = at; g < at + n; g++) gapped.push(g);
      const done = walk(context, elements, k + 1, at + n, limit, { ...state, gapped });
      if (done) return done;
    }
    return null;
  }
  if (element.kind === 'num') {
    const number = at <= limit ? numberAt(tokens, at, limit) : null;
    return number ? walk(context, elements, k + 1, number.last + 1, limit, { ...state, count: number.value }) : null;
  }
  for (const found of at <= limit ? groupsAt(context, at, limit) : []) {
    // A slot that wants states (or bodies) takes only those; a list with none of them does not fill it.
    const codes = found.codes.filter((code) => accepts(element.accepts, code));
    if (codes.length === 0) continue;
    const group = { ...found, codes };
    const filled: State = { ...state, [element.slot === 'SUBJ' ? 'subject' : element.slot === 'OBJ' ? 'object' : 'group']: group };
    if (k > 0) {
      const done = walk(context, elements, k + 1, group.last + 1, limit, filled);
      if (done) return done;
      continue;
    }
    for (const lead of leadGaps(context, group.last + 1, limit)) {
      const done = walk(context, elements, k + 1, lead.at, limit, { ...filled, gapped: [...filled.gapped, ...lead.gapped] });
      if (done) return done;
    }
  }
  return null;
}

/**
 * Where the wording may go on after its first slot: straight on, after adverbs, auxiliaries and times ("currently
 * has", "is not", "on Thursday formally became"), after a relative pronoun (", which applied"), or after one
 * parenthetical (", which borders Russia,"). The parenthetical's and the time's words are not read for negation
 * or modality.
 */
export function leadGaps(context: Context, at: number, limit: number): Array<{ at: number; gapped: number[] }> {
  const tokens = context.doc.tokens;
  const options: Array<{ at: number; gapped: number[] }> = [];
  const simple = (from: number): void => {
    const gapped: number[] = [];
    options.push({ at: from, gapped: [] });
    let words = 0;
    for (let j = from; j <= limit && words < LEAD_GAP_MAX; j++) {
      const token = tokens[j];
      if (context.times.has(j) || (TIME_PREPOSITIONS.has(token.lower) && context.times.has(j + 1))) {
        options.push({ at: j + 1, gapped: [...gapped] });
        continue;
      }
      const relative = token.text === ',' && j + 1 <= limit && ['which', 'who', 'that'].includes(tokens[j + 1].lower);
      if (!relative && !GAP_POS.has(token.pos) && !GAP_WORDS.has(token.lower)) break;
      if (token.lower === "'s" || token.lower === "'" || context.mentions.has(j)) break;
      gapped.push(j);
      words++;
      options.push({ at: j + 1, gapped: [...gapped] });
    }
  };
  simple(at);
  if (at <= limit && tokens[at].text === ',') {
    for (let j = at + 1; j <= limit && j <= at + PARENTHETICAL_MAX; j++) {
      if (STOPS.has(tokens[j].text)) break;
      if (tokens[j].text === ',' && j > at + 1) {
        simple(j + 1);
        break;
      }
    }
  }
  return options;
}
