// Patterns from TABARI/PETRARCH dictionaries (`reach: 'sentence'`): their words are exact forms; words before the
// verb (the "upper" phrase) are looked for leftwards to the sentence start and words after it rightwards to the
// sentence end, as those coders read a verb phrase with everything under it; `$` `+` `^` `%` take actors in order;
// `_` makes neighbours adjacent; the target is otherwise the first actor after the verb, prepositions or not.
import type { ActorMention, Chunk, Doc, Token } from '../doc.ts';
import { candidatesFor, fileUnderWords, type WordFiling } from '../lexicon/filing.ts';
import { NULL_CODE, type PatternElement, type VerbPattern } from '../lexicon/verbs.ts';
import type { Clause } from './clauses.ts';
import type { ClauseActors, Match } from './match.ts';
import { chunksIn } from '../nlp/chunks.ts';
import { PREPOSITIONS } from '../nlp/prepositions.ts';

const COORDINATORS = new Set([',', 'and', 'or', 'nor', '&']);

/**
 * `mentions`: coded, non-pronoun actors; `pronouns`: pronouns that stand for an actor as a subject ("it said");
 * `named`: tokens inside mentions; `words`: the sentence's lower-case words, to pass over patterns quickly.
 */
type Context = { mentions: ActorMention[]; pronouns: ActorMention[]; phrases: Chunk[]; first: number; last: number; named: Set<number>; words: Set<string> };
const contexts = new WeakMap<Doc, Map<number, Context>>();
/** The first words of a phrase element's options, so a pattern whose words are absent is passed over at once. */
const firstWords = new WeakMap<PatternElement, string[]>();

/** The sentence's coded actors as TABARI sees them, pronouns left out (it resolves none), and its noun groups. */
function contextOf(doc: Doc, clause: Clause): Context {
  const index = doc.tokens[clause.head].sentence;
  let byDoc = contexts.get(doc);
  if (!byDoc) {
    byDoc = new Map();
    contexts.set(doc, byDoc);
  }
  let context = byDoc.get(index);
  if (!context) {
    const sentence = doc.sentences[index];
    const inSentence = (first: number, last: number): boolean => first >= sentence.firstToken && last <= sentence.lastToken;
    const mentions = doc.mentions.filter((m) => m.code !== null && doc.tokens[m.firstToken].pos !== 'PRON' && inSentence(m.firstToken, m.lastToken));
    const pronouns = doc.mentions.filter((m) => m.code !== null && m.via === 'pronoun' && inSentence(m.firstToken, m.lastToken));
    const phrases = chunksIn(doc, index).filter((c) => c.kind === 'NP');
    const named = new Set<number>();
    for (const m of mentions) for (let t = m.firstToken; t <= m.lastToken; t++) named.add(t);
    const words = new Set<string>();
    for (let t = sentence.firstToken; t <= sentence.lastToken; t++) words.add(doc.tokens[t].lower);
    context = { mentions, pronouns, phrases, first: sentence.firstToken, last: sentence.lastToken, named, words };
    byDoc.set(index, context);
  }
  return context;
}

const filings = new WeakMap<VerbPattern[], WordFiling>();

/**
 * The patterns of a verb worth trying in this sentence: each pattern is filed under the words of its most
 * particular word element, so a verb with hundreds of patterns ("said") tries only those whose words are here.
 * The others are recorded in `tried` as passed over. Patterns not from TABARI/PETRARCH files pass through.
 */
export function reachCandidates(doc: Doc, clause: Clause, patterns: VerbPattern[], tried?: Array<{ pattern: VerbPattern; failed: string | null }>): VerbPattern[] {
  if (patterns.length < 8 || patterns[0].reach !== 'sentence') return patterns;
  let filing = filings.get(patterns);
  if (!filing) {
    filing = fileUnderWords(patterns.length, (p) => {
      const phrases = [...(patterns[p].before ?? []), ...patterns[p].elements].filter((e) => e.kind === 'phrase');
      if (phrases.length === 0) return null;
      const key = phrases.reduce((a, b) => (b.options.length < a.options.length ? b : a));
      return key.options.map((o) => o[0]);
    });
    filings.set(patterns, filing);
  }
  const found = candidatesFor(filing, contextOf(doc, clause).words);
  if (tried) {
    const kept = new Set(found);
    for (const [p, pattern] of patterns.entries()) if (!kept.has(p)) tried.push({ pattern, failed: 'its words are not in the sentence' });
  }
  return found.map((p) => patterns[p]);
}

/** The first phrase element of the pattern none of whose words is in the sentence, if any. */
function absentWord(pattern: VerbPattern, words: Set<string>): string | null {
  for (const list of [pattern.before ?? [], pattern.elements]) {
    for (const element of list) {
      if (element.kind !== 'phrase') continue;
      let starts = firstWords.get(element);
      if (!starts) {
        starts = [...new Set(element.options.map((o) => o[0]))];
        firstWords.set(element, starts);
      }
      if (!starts.some((w) => words.has(w))) return element.options[0].join(' ');
    }
  }
  return null;
}

export function matchReach(doc: Doc, clause: Clause, pattern: VerbPattern, actors: ClauseActors): Match | string {
  const { tokens } = doc;
  const context = contextOf(doc, clause);
  const absent = absentWord(pattern, context.words);
  if (absent !== null) return `no "${absent}" in the sentence`;
  const head = clause.head;
  const before = pattern.verbBefore ?? [];
  const after = pattern.verbAfter ?? [];
  for (let i = 0; i < before.length; i++) if (tokens[head - before.length + i]?.lower !== before[i]) return `the verb is "${[...before, '*'].join(' ')}"`;
  for (let i = 0; i < after.length; i++) if (head + 1 + i > context.last || tokens[head + 1 + i].lower !== after[i]) return `the verb is "${['*', ...after].join(' ')}"`;
  const verbStart = head - before.length;
  const verbEnd = head + after.length;
  const noun = nounUse(tokens, verbStart, context.first);
  if (noun) return noun;
  const reachEnd = lowerReachEnd(tokens, verbEnd, context.last);
  const used: number[] = [];
  const consumed = new Set<ActorMention>();
  const found: { sources: ActorMention[] | null; targets: ActorMention[] | null; compound: ActorMention[] | null; compoundBefore: boolean } = {
    sources: null,
    targets: null,
    compound: null,
    compoundBefore: false,
  };
  const take = (kind: PatternElement['kind'], group: ActorMention[], upper: boolean): void => {
    for (const m of group) consumed.add(m);
    if (kind === 'source') found.sources = group;
    else if (kind === 'target') found.targets = group;
    else if (kind === 'compound') {
      found.compound = group;
      found.compoundBefore = upper;
    }
  };

  // The upper phrase, right to left from the verb.
  let cursor = verbStart - 1;
  const upper = pattern.before ?? [];
  for (let e = upper.length - 1; e >= 0; e--) {
    const element = upper[e];
    const joined = 'joined' in element && element.joined === true;
    if (element.kind === 'phrase') {
      const at = phraseEndingBy(tokens, element.options, context.first, cursor, joined);
      if (!at) return `no "${element.options[0].join(' ')}" before the verb`;
      for (let t = at.start; t <= at.end; t++) used.push(t);
      cursor = at.start - 1;
    } else if (element.kind === 'skip') {
      const skipped = skipBackward(context, cursor, consumed);
      if (skipped < 0) return 'no noun phrase for ^ before the verb';
      cursor = skipped;
    } else if (element.kind === 'source' || element.kind === 'target' || element.kind === 'compound') {
      const last = [...context.mentions].reverse().find((m) => m.lastToken <= cursor && !consumed.has(m));
      if (!last || (joined && !adjacent(tokens, last.lastToken, cursor))) return `no actor for ${symbol(element.kind)} before the verb`;
      const group = groupEndingWith(tokens, context.mentions, last);
      if (element.kind === 'compound' && group.length < 2) return 'no compound actor (X and Y) for % before the verb';
      take(element.kind, group, true);
      cursor = group[0].firstToken - 1;
    } else return `"${element.kind}" cannot stand in a TABARI pattern`;
  }
  const upperReach = cursor;

  // The lower phrase, left to right from the verb.
  cursor = verbEnd + 1;
  for (const element of pattern.elements) {
    const joined = 'joined' in element && element.joined === true;
    if (element.kind === 'phrase') {
      const at = phraseStartingFrom(tokens, element.options, cursor, reachEnd, joined);
      if (!at) return `no "${element.options[0].join(' ')}" after the verb`;
      for (let t = at.start; t <= at.end; t++) used.push(t);
      cursor = at.end + 1;
    } else if (element.kind === 'skip') {
      const skipped = skipForward(context, cursor, reachEnd, consumed);
      if (skipped < 0) return 'no noun phrase for ^ after the verb';
      cursor = skipped;
    } else if (element.kind === 'source' || element.kind === 'target' || element.kind === 'compound') {
      const next = context.mentions.find((m) => m.firstToken >= cursor && m.lastToken <= reachEnd && !consumed.has(m));
      if (!next || (joined && !adjacent(tokens, cursor - 1, next.firstToken))) return `no actor for ${symbol(element.kind)} after the verb`;
      const group = groupStartingWith(tokens, context.mentions, next);
      if (element.kind === 'compound' && group.length < 2) return 'no compound actor (X and Y) for % after the verb';
      take(element.kind, group, false);
      cursor = group[group.length - 1].lastToken + 1;
    } else return `"${element.kind}" cannot stand in a TABARI pattern`;
  }

  if (found.compound && found.compoundBefore && !found.sources) found.sources = found.compound;
  if (found.compound && !found.compoundBefore && !found.targets) found.targets = found.compound;
  const subject = subjectOf(doc, clause, context, actors, verbStart);
  const named = found.sources !== null || found.targets !== null;
  // Passive ("was opposed by Osgiliath"): the by-agent acts on the subject, unless the pattern placed them.
  const byAgent = clause.passive && !named ? context.mentions.find((m) => m.firstToken > verbEnd && m.lastToken <= reachEnd && isByAgent(tokens, m) && !consumed.has(m)) : undefined;
  if (byAgent) {
    found.sources = groupStartingWith(tokens, context.mentions, byAgent);
    found.targets = subject.filter((m) => !consumed.has(m));
  }
  if (!found.sources) {
    // The clause's subject, unless the pattern placed it; then the nearest actor before what the pattern took.
    if (subject.length > 0 && !subject.some((m) => consumed.has(m))) found.sources = subject;
    else if (subject.length > 0) {
      const last = [...context.mentions].reverse().find((m) => m.lastToken <= Math.min(upperReach, verbStart - 1) && !consumed.has(m));
      found.sources = last ? groupEndingWith(tokens, context.mentions, last) : [];
    } else found.sources = [];
  }
  if (found.sources.length === 0) return 'no source actor';
  for (const m of found.sources) consumed.add(m);
  if (!found.targets) {
    const first = context.mentions.find((m) => m.firstToken > verbEnd && m.lastToken <= reachEnd && !consumed.has(m));
    // A compound that acts on no one else acts on itself: "X and Y agree" → X–Y and Y–X.
    found.targets = first ? groupStartingWith(tokens, context.mentions, first) : found.compound && found.compoundBefore ? found.compound : [];
  }
  // A verb that codes nothing ("try" [---]) leaves the verbs it governs to code themselves.
  if (pattern.code !== NULL_CODE || pattern.reverseCode !== undefined) used.push(...governedVerbs(tokens, verbEnd, reachEnd));
  return { pattern, sources: found.sources, targets: found.targets, used, score: weight(pattern) };
}

/**
 * The verbs inside a coded verb's phrase ("restore ties … after crowds burned down its embassy", "said that …
 * would not work"): TABARI and PETRARCH code the governing verb, whose patterns speak for what it governs, and
 * not these again. A verb that a conjunction introduces ("… and promised aid", "… and Gondor warned") stands on
 * its own.
 */
function governedVerbs(tokens: Token[], verbEnd: number, reachEnd: number): number[] {
  const governed: number[] = [];
  let coordinated = false;
  for (let t = verbEnd + 1; t <= reachEnd; t++) {
    if (tokens[t].pos === 'CCONJ' || tokens[t].text === ';') {
      let k = t + 1;
      while (k <= reachEnd && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADV', 'AUX', 'PART'].includes(tokens[k].pos)) k++;
      if (k <= reachEnd && tokens[k].pos === 'VERB') coordinated = true;
    }
    if (coordinated) break;
    if (tokens[t].pos === 'VERB') governed.push(t);
  }
  return governed;
}

/**
 * The subject. A verb joined to an earlier one by "and" ("condemned … and promised") shares that verb's subject.
 * Otherwise the clause's own subject as the clause finder has it, else the nearest actor (or pronoun standing for
 * one) before the verb's auxiliaries, back to where the clause begins, outside prepositional phrases. Either way
 * with the actors coordinated with it ("Evil Mordor, the awful Fornost, and good Gondor").
 */
function subjectOf(doc: Doc, clause: Clause, context: Context, actors: ClauseActors, verbStart: number): ActorMention[] {
  const { tokens } = doc;
  const complex = verbComplexStart(tokens, verbStart, context);
  const before = complex - 1;
  // "after leaving Eriador": a participle after a preposition or subordinator has no subject of its own.
  if (before >= context.first && (tokens[before].pos === 'ADP' || tokens[before].pos === 'SCONJ') && tokens[clause.head].lower.endsWith('ing')) return [];
  if (before > context.first && (tokens[before].pos === 'CCONJ' || tokens[before].text === ',')) {
    let verb = before - 1;
    while (verb > context.first && tokens[verb].pos !== 'VERB') verb--;
    if (verb > context.first) return nearestSubject(tokens, context, verbComplexStart(tokens, verb, context));
  }
  const own = actors.subjects.find((m) => context.mentions.includes(m) || context.pronouns.includes(m));
  if (own) return coordinatedAround(tokens, context, own);
  return nearestSubject(tokens, context, complex);
}

/** The nearest actor before `end`, outside prepositional phrases, no further back than the clause's first word. */
function nearestSubject(tokens: Token[], context: Context, end: number): ActorMention[] {
  let floor = end;
  while (floor > context.first && !CLAUSE_OPENERS.has(tokens[floor - 1].lower) && tokens[floor - 1].text !== ';') floor--;
  const candidates = [...context.mentions, ...context.pronouns].sort((a, b) => a.firstToken - b.firstToken);
  for (let k = candidates.length - 1; k >= 0; k--) {
    const m = candidates[k];
    if (m.lastToken >= end || m.firstToken < floor || inPrepositionalPhrase(tokens, m, floor)) continue;
    return coordinatedAround(tokens, context, m);
  }
  return [];
}

/** The first word of the verb's auxiliaries, negation and adverbs ("will not wire tap" → "will"). */
function verbComplexStart(tokens: Token[], verbStart: number, context: Context): number {
  let t = verbStart;
  while (t - 1 >= context.first && ['AUX', 'PART', 'ADV', 'VERB'].includes(tokens[t - 1].pos) && tokens[t - 1].lower !== 'to' && !context.named.has(t - 1)) t--;
  return t;
}

/**
 * Verb forms used as nouns code nothing: after a determiner ("the reopening of guest houses"), or as an
 * infinitive that completes a noun ("abandoned efforts to stop"), where the noun, not a subject, governs them.
 */
function nounUse(tokens: Token[], verbStart: number, floor: number): string | null {
  const previous = tokens[verbStart - 1];
  if (verbStart - 1 >= floor && previous.pos === 'DET') return `"${tokens[verbStart].text}" is a noun here`;
  if (verbStart - 2 >= floor && previous.lower === 'to' && tokens[verbStart - 2].pos === 'NOUN') return `"to ${tokens[verbStart].text}" completes the noun "${tokens[verbStart - 2].text}"`;
  return null;
}

/** A subject with the actors coordinated with it on both sides, not reaching back into an earlier verb's object. */
function coordinatedAround(tokens: Token[], context: Context, subject: ActorMention): ActorMention[] {
  if (!context.mentions.includes(subject)) return [subject];
  const group = groupStartingWith(tokens, context.mentions, subject);
  for (let i = context.mentions.indexOf(subject) - 1; i >= 0; i--) {
    const left = context.mentions[i];
    if (!joins(tokens, left, group[0]) || inPrepositionalPhrase(tokens, left, context.first) || tokens[left.firstToken - 1]?.pos === 'VERB') break;
    group.unshift(left);
  }
  return group;
}

/** The most words a closing attribution's speaker takes (", a clearly inebriated Bree official said"). */
const ATTRIBUTION_MAX = 8;

const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'while', 'whereas', 'because', 'although', 'though', 'after', 'before', 'when', 'if', 'unless', 'until']);

/**
 * Where a verb's phrase ends: the sentence end, or before a closing attribution (", a senior official said …"),
 * which is a clause of its own and not part of what the verb governs.
 */
function lowerReachEnd(tokens: Token[], verbEnd: number, last: number): number {
  for (let c = verbEnd + 1; c < last; c++) {
    if (tokens[c].text !== ',' || !['DET', 'ADJ', 'NOUN', 'PROPN'].includes(tokens[c + 1].pos)) continue;
    let t = c + 1;
    // ", officials in New Delhi said": a short speaker's noun group, with at most one prepositional phrase.
    let prepositions = 0;
    while (t <= last && (['DET', 'ADJ', 'ADV', 'NOUN', 'PROPN', 'NUM'].includes(tokens[t].pos) || tokens[t].lower === "'s" || (tokens[t].pos === 'ADP' && t > c + 1 && ++prepositions === 1))) t++;
    if (t > c + 1 && t - c <= ATTRIBUTION_MAX && t <= last && tokens[t].pos === 'VERB') return c - 1;
  }
  return last;
}

/** TABARI also reads a phrase after "after" and "before" as prepositional. */
const TABARI_PREPOSITIONS = new Set([...PREPOSITIONS, 'after', 'before']);

/** "in south Ithilen", "by Osgiliath soldiers": a preposition before the mention's noun group. */
function inPrepositionalPhrase(tokens: Token[], mention: ActorMention, floor: number): boolean {
  for (let t = mention.firstToken - 1; t >= floor; t--) {
    if (TABARI_PREPOSITIONS.has(tokens[t].lower) && tokens[t].pos !== 'VERB') return true;
    if (!['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(tokens[t].pos)) return false;
  }
  return false;
}

function isByAgent(tokens: Token[], mention: ActorMention): boolean {
  let t = mention.firstToken - 1;
  while (t > 0 && tokens[t].pos === 'DET') t--;
  return tokens[t]?.lower === 'by';
}

/** `^` after the verb: passes the next noun phrase or actor, whichever comes first; the position after it. */
function skipForward(context: Context, cursor: number, limit: number, consumed: Set<ActorMention>): number {
  const actor = context.mentions.find((m) => m.firstToken >= cursor && m.lastToken <= limit && !consumed.has(m));
  const phrase = context.phrases.find((c) => c.first >= cursor && c.last <= limit);
  if (actor && (!phrase || actor.firstToken <= phrase.first)) {
    consumed.add(actor);
    return actor.lastToken + 1;
  }
  if (!phrase) return -1;
  let end = phrase.last;
  for (const m of context.mentions) if (m.firstToken >= phrase.first && m.firstToken <= end) {
    consumed.add(m);
    end = Math.max(end, m.lastToken);
  }
  return end + 1;
}

/** `^` before the verb: passes the previous noun phrase or actor; the position before it. */
function skipBackward(context: Context, cursor: number, consumed: Set<ActorMention>): number {
  const actor = [...context.mentions].reverse().find((m) => m.lastToken <= cursor && !consumed.has(m));
  const phrase = [...context.phrases].reverse().find((c) => c.last <= cursor);
  if (actor && (!phrase || actor.lastToken >= phrase.last)) {
    consumed.add(actor);
    return actor.firstToken - 1;
  }
  if (!phrase) return -1;
  let start = phrase.first;
  for (const m of context.mentions) if (m.lastToken <= phrase.last && m.lastToken >= start) {
    consumed.add(m);
    start = Math.min(start, m.firstToken);
  }
  return start - 1;
}

/** Events of a match: source → target with the pattern's code (none for `[---]`), and target → source with a
 * paired code's second half (`[032:033]`). A source never acts on an actor with its own code. */
export function codedPairs(match: Match): CodedPair[] {
  const pairs: CodedPair[] = [];
  const { pattern } = match;
  for (const source of match.sources) {
    const others = match.targets.filter((target) => target.code !== source.code);
    if (pattern.code !== NULL_CODE) for (const target of others.length > 0 ? others : [null]) addPair(pairs, source, target, pattern.code);
    if (pattern.reverseCode !== undefined && pattern.reverseCode !== NULL_CODE) for (const target of others) addPair(pairs, target, source, pattern.reverseCode);
  }
  return pairs;
}

export type CodedPair = { source: ActorMention; target: ActorMention | null; cameo: string };

/** Adds an event once: "X and Y met" with [043:043] reaches X → Y both ways. */
function addPair(pairs: CodedPair[], source: ActorMention, target: ActorMention | null, cameo: string): void {
  if (!pairs.some((pair) => pair.cameo === cameo && sameActor(pair.source, source) && sameActor(pair.target, target))) pairs.push({ source, target, cameo });
}

/** The same actor at the same place (or both none). */
/** Two names of one actor ("RFI and France 24", both French media) make one event, not two. */
function sameActor(a: ActorMention | null, b: ActorMention | null): boolean {
  return a === null || b === null ? a === b : a.code === b.code;
}

/** Longer patterns first, as TABARI orders them: every word, actor slot and word of a multi-word verb counts. */
function weight(pattern: VerbPattern): number {
  let score = (pattern.verbBefore?.length ?? 0) + (pattern.verbAfter?.length ?? 0);
  for (const element of [...(pattern.before ?? []), ...pattern.elements]) score += element.kind === 'phrase' ? Math.min(...element.options.map((o) => o.length)) : 1;
  return score;
}

function symbol(kind: PatternElement['kind']): string {
  return kind === 'source' ? '$' : kind === 'target' ? '+' : kind === 'skip' ? '^' : '%';
}

/** Whether two token positions touch, allowing a determiner between ("_+" before "the Gondor"). */
function adjacent(tokens: Token[], left: number, right: number): boolean {
  if (right === left + 1) return true;
  return right === left + 2 && tokens[left + 1].pos === 'DET';
}

function optionAt(tokens: Token[], option: string[], start: number, limit: number): boolean {
  if (start + option.length - 1 > limit) return false;
  for (let k = 0; k < option.length; k++) if (tokens[start + k].lower !== option[k]) return false;
  return true;
}

/** The first place at or after `from` where one of the options is written (the longest there). */
function phraseStartingFrom(tokens: Token[], options: string[][], from: number, limit: number, joined: boolean): { start: number; end: number } | null {
  for (let p = from; p <= (joined ? from : limit); p++) {
    let best = -1;
    for (const option of options) if (option.length > best && optionAt(tokens, option, p, limit)) best = option.length;
    if (best > 0) return { start: p, end: p + best - 1 };
  }
  return null;
}

/** The last place ending at or before `to` (and not before `floor`) where one of the options is written. */
function phraseEndingBy(tokens: Token[], options: string[][], floor: number, to: number, joined: boolean): { start: number; end: number } | null {
  for (let end = to; end >= (joined ? to : floor); end--) {
    let best = -1;
    for (const option of options) {
      const start = end - option.length + 1;
      if (option.length > best && start >= floor && optionAt(tokens, option, start, end)) best = option.length;
    }
    if (best > 0) return { start: end - best + 1, end };
  }
  return null;
}

/** "Mordor, Rohan, Fornost and Bree": the mention and those joined after it by commas, "and", "or", "nor". */
function groupStartingWith(tokens: Token[], mentions: ActorMention[], first: ActorMention): ActorMention[] {
  const group = [first];
  for (let i = mentions.indexOf(first) + 1; i < mentions.length && joins(tokens, group[group.length - 1], mentions[i]); i++) group.push(mentions[i]);
  return group;
}

function groupEndingWith(tokens: Token[], mentions: ActorMention[], last: ActorMention): ActorMention[] {
  const group = [last];
  for (let i = mentions.indexOf(last) - 1; i >= 0 && joins(tokens, mentions[i], group[0]); i--) group.unshift(mentions[i]);
  return group;
}

/** Two mentions with only coordinators (and determiners or adjectives of the second) between them. */
function joins(tokens: Token[], left: ActorMention, right: ActorMention): boolean {
  // One name that codes several actors ("the Shire" → FRO, BIL, SAM) gives mentions with the same span.
  if (right.firstToken === left.firstToken && right.lastToken === left.lastToken) return true;
  if (right.firstToken <= left.lastToken + 1) return false;
  let coordinator = false;
  for (let t = left.lastToken + 1; t < right.firstToken; t++) {
    if (COORDINATORS.has(tokens[t].lower)) coordinator = true;
    else if (!coordinator || (tokens[t].pos !== 'DET' && tokens[t].pos !== 'ADJ')) return false;
  }
  return coordinator;
}
