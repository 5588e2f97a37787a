// What every part of the quotes stage looks things up in, built once per document in linear time:
// paragraphs and paired marks, which quote span (if any) holds each token, which cue each token starts,
// and which actor mention covers it.
import type { Doc, Token } from '../doc.ts';
import type { Cue, SpeechCues } from './cues.ts';
import { isDoubleMark, pairMarks, paragraphs, type MarkSpan, type Paragraph } from './marks.ts';

export type CueMatch = { cue: Cue; first: number; last: number };

export type Context = {
  doc: Doc;
  text: string;
  tokens: Token[];
  cues: SpeechCues;
  paragraphs: Paragraph[];
  spans: MarkSpan[];
  /** Per token: the index of the mark span it lies in (marks included), or -1. */
  spanOf: Int32Array;
  /** Per token: 1 when the token is a double quote mark, 2 when it marks a nickname inside a name. */
  isMark: Uint8Array;
  /** Per token: the paragraph it lies in. */
  paragraphOf: Int32Array;
  /** Per token: the cue that starts at it (verb, noun or phrase), or null. */
  cueAt: Array<CueMatch | null>;
  /** Per token: the actor mention covering it, or -1 (the longest when several do). */
  mentionAt: Int32Array;
  /** Per token: the noun-group chunk starting at it, or -1. */
  chunkFrom: Int32Array;
  /** Spans that are parts of names ("Kevin “The Hammer” Doyle"), not quotes. */
  nameSpans: Set<number>;
  warnings: string[];
};

export function buildContext(doc: Doc, cues: SpeechCues): Context {
  const { text, tokens } = doc;
  const paras = paragraphs(text);
  const { spans, warnings } = pairMarks(text, paras);
  const n = tokens.length;
  const spanOf = new Int32Array(n).fill(-1);
  const isMark = new Uint8Array(n);
  const paragraphOf = new Int32Array(n);
  let p = 0;
  let s = 0;
  for (let t = 0; t < n; t++) {
    const token = tokens[t];
    while (p + 1 < paras.length && token.start >= paras[p + 1].start) p++;
    paragraphOf[t] = p;
    while (s < spans.length && spans[s].close < token.start) s++;
    if (s < spans.length && token.start >= spans[s].open && token.start <= spans[s].close) spanOf[t] = s;
    if (token.text.length === 1 && isDoubleMark(token.text)) isMark[t] = 1;
  }
  const mentionAt = new Int32Array(n).fill(-1);
  doc.mentions.forEach((mention, index) => {
    for (let t = mention.firstToken; t <= mention.lastToken && t < n; t++) {
      const current = mentionAt[t];
      if (current < 0 || length(doc, index) > length(doc, current)) mentionAt[t] = index;
    }
  });
  const chunkFrom = new Int32Array(n).fill(-1);
  doc.chunks.forEach((chunk, index) => {
    if (chunk.kind === 'NP' && chunk.first < n) chunkFrom[chunk.first] = index;
  });
  const context: Context = {
    doc,
    text,
    tokens,
    cues,
    paragraphs: paras,
    spans,
    spanOf,
    isMark,
    paragraphOf,
    cueAt: new Array<CueMatch | null>(n).fill(null),
    mentionAt,
    chunkFrom,
    nameSpans: new Set(),
    warnings,
  };
  for (let t = 0; t < n; t++) context.cueAt[t] = matchCue(context, t);
  spans.forEach((span, index) => {
    if (isNameSpan(context, span)) context.nameSpans.add(index);
  });
  for (let t = 0; t < n; t++) {
    if (spanOf[t] >= 0 && context.nameSpans.has(spanOf[t])) {
      if (isMark[t]) isMark[t] = 2;
      spanOf[t] = -1;
    }
  }
  return context;
}

function length(doc: Doc, mention: number): number {
  return doc.mentions[mention].end - doc.mentions[mention].start;
}

const DAY_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);

/** A day named ("Monday", "today"): a time, never a speaker, though the tagger calls it a proper noun. */
export function isDayWord(lower: string): boolean {
  return DAY_WORDS.has(lower);
}

/** Words inside a name: "Ministry of External Affairs", "Lula da Silva", "Rio Grande do Sul". */
export const NAME_JOINER = new Set(['of', 'for', 'de', 'da', 'do', 'dos', 'du', 'del', 'della', 'van', 'von', 'der', 'den', 'bin', 'al', 'el', 'la', 'le', 'ibn']);

/** A word starting with a capital letter (kept as one regular expression: a literal in a function is a new object at every call). */
export const CAPITAL = /^\p{Lu}/u;
const VERB_TAGS = new Set(['VERB', 'AUX']);

/** The cue starting at token t, checked against the token's part of speech. */
function matchCue(context: Context, t: number): CueMatch | null {
  const token = context.tokens[t];
  // Most tokens are no cue: two hash lookups, no string building, before anything else is looked at.
  const byLemma = context.cues.byWord.get(token.lemma);
  const byForm = token.lower === token.lemma ? undefined : context.cues.byWord.get(token.lower);
  if (!byLemma && !byForm) return null;
  for (const list of [byLemma, byForm]) {
    if (!list) continue;
    for (const cue of list) {
      if (!fitsPos(cue, context.tokens, t)) continue;
      let last = t;
      let ok = true;
      for (const word of cue.rest) {
        last++;
        // The tokeniser sometimes keeps a full stop on a final particle ("chimed in.").
        if (last >= context.tokens.length || context.tokens[last].lower.replace(/\.$/, '') !== word) {
          ok = false;
          break;
        }
      }
      if (ok) return { cue, first: t, last };
    }
  }
  return null;
}

const DETERMINER_LIKE = new Set(['DET', 'NUM']);
const NOUN_GROUP_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET']);
const POSSESSIVE = new Set(["'s", '’s', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
const QUANTIFIER = new Set(['many', 'most', 'some', 'few', 'others', 'several', 'both', 'all']);

/**
 * The tagger confuses nouns and verbs around speech words ("Aid workers fear the toll will rise" tags "fear"
 * a noun; "Her comment that …" tags "comment" a verb), so the words around a cue decide as well as its tag.
 */
function fitsPos(cue: Cue, tokens: Token[], t: number): boolean {
  const token = tokens[t];
  if (cue.pos === 'phrase') return true;
  const previous = t > 0 && tokens[t - 1].sentence === token.sentence ? tokens[t - 1] : null;
  // (A number ending a hyphenated group, "the mother-of-two said", owns nothing.)
  const hyphened = previous !== null && t > 1 && tokens[t - 2].text === '-' && tokens[t - 2].end === previous.start;
  const owned = previous !== null && !hyphened && (DETERMINER_LIKE.has(previous.pos) || POSSESSIVE.has(previous.lower));
  if (cue.pos === 'noun') {
    if (token.pos === 'NOUN') return true;
    if (token.pos === 'VERB') return owned;
    return token.pos === 'PROPN' && previous === null;
  }
  // The tagger calls some past forms adjectives ("he fumed"); a past form is still a verb here.
  if (owned) return false;
  // "expressed hope that …": a verb right after a verb is its object.
  if (previous !== null && previous.pos === 'VERB' && !CAPITAL.test(previous.text)) return false;
  // "a regular press briefing": an -ing form inside a noun group is a noun, not a cue.
  if (token.lower.endsWith('ing') && previous !== null && NOUN_GROUP_TAGS.has(previous.pos)) return false;
  if (VERB_TAGS.has(token.pos) || (token.pos === 'ADJ' && token.lower.endsWith('ed'))) return true;
  if (token.pos !== 'NOUN' || previous === null) return false;
  return previous.pos === 'NOUN' || previous.pos === 'PROPN' || previous.pos === 'PRON' || QUANTIFIER.has(previous.lower);
}

/** A short all-capitalised quoted stretch between two name words is a nickname, not a quote. */
function isNameSpan(context: Context, span: MarkSpan): boolean {
  if (!span.closed) return false;
  const { text } = context;
  const inner = text.slice(span.contentStart, span.contentEnd);
  const words = inner.split(/\s+/);
  if (words.length > 4 || !words.every((word) => CAPITAL.test(word))) return false;
  const before = /(\p{Lu}[\p{L}.'’-]*)\s+$/u.test(text.slice(Math.max(0, span.open - 30), span.open));
  const after = /^\s+\p{Lu}/u.test(text.slice(span.close + 1, span.close + 4));
  return before && after;
}

/**
 * A word of a name even when the tagger says otherwise ("Liam Ford admitted" tags "Ford" a verb): capitalised,
 * inside its sentence, next to a proper noun.
 */
export function isNameWord(context: Context, t: number): boolean {
  const { tokens } = context;
  const token = tokens[t];
  if (isNameHyphen(context, t)) return true;
  if (context.spanOf[t] >= 0 || (token.pos !== 'PROPN' && token.pos !== 'NOUN' && token.pos !== 'VERB' && token.pos !== 'ADJ')) return false;
  if (!CAPITAL.test(token.text)) return false;
  if (token.pos === 'PROPN') return true;
  const previous = t > 0 && tokens[t - 1].sentence === token.sentence ? tokens[t - 1] : null;
  if (previous === null) return false;
  const next = t + 1 < tokens.length && tokens[t + 1].sentence === token.sentence ? tokens[t + 1] : null;
  return previous.pos === 'PROPN' || (next !== null && next.pos === 'PROPN' && CAPITAL.test(next.text));
}

/** The hyphen inside "Al-Sayed": no space on either side, name words on both. */
function isNameHyphen(context: Context, t: number): boolean {
  const { tokens } = context;
  const token = tokens[t];
  if (token.text !== '-' || t === 0 || t + 1 >= tokens.length) return false;
  const before = tokens[t - 1];
  const after = tokens[t + 1];
  return before.end === token.start && after.start === token.end && CAPITAL.test(before.text) && CAPITAL.test(after.text);
}

/** The paragraph's last token index. */
export function paragraphLastToken(context: Context, from: number): number {
  const paragraph = context.paragraphOf[from];
  let t = from;
  while (t + 1 < context.tokens.length && context.paragraphOf[t + 1] === paragraph) t++;
  return t;
}

/** The paragraph's first token index. */
export function paragraphFirstToken(context: Context, from: number): number {
  const paragraph = context.paragraphOf[from];
  let t = from;
  while (t > 0 && context.paragraphOf[t - 1] === paragraph) t--;
  return t;
}
