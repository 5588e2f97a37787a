// Verb groups as clause heads: where each clause starts and ends, whether its verb is negated, its mode
// (future, hypothetical…), whether it is passive, and which verb governs it ("want to … invite").
import type { Chunk, Doc, Token } from '../doc.ts';

export type Clause = {
  head: number;
  group: Chunk;
  start: number;
  end: number;
  negated: boolean;
  mode: string | null;
  passive: boolean;
  /** The clause whose verb governs this one through an infinitive ("agreed to lift"), or -1. */
  governor: number;
};

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
const FUTURE = new Set(['will', "'ll", 'shall', 'wo']);
const HYPOTHETICAL = new Set(['would', 'could', 'might', 'may', 'should', "'d", 'can']);
const STARTS_CLAUSE = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'while', 'whereas', 'because', 'although', 'though', 'after', 'before', 'when', 'if', 'unless', 'until', 'but', 'as']);
const ENDS_CLAUSE = new Set([';', ':', '—', '–']);
const NEGATING_VERBS = new Set(['refuse', 'decline', 'fail', 'reject']);

export function findClauses(doc: Doc, sentenceIndex: number): Clause[] {
  const { tokens } = doc;
  const sentence = doc.sentences[sentenceIndex];
  const groups = doc.chunks.filter(
    (c) => c.kind === 'VP' && c.head >= sentence.firstToken && c.head <= sentence.lastToken && (tokens[c.head].pos === 'VERB' || isCopula(tokens, c)),
  );
  const clauses: Clause[] = [];
  for (const group of groups) {
    const start = clauseStart(tokens, group, sentence.firstToken, clauses);
    clauses.push({
      head: group.head,
      group,
      start,
      end: sentence.lastToken,
      negated: isNegated(tokens, group),
      mode: modeOf(tokens, group),
      passive: isPassive(tokens, group),
      governor: -1,
    });
  }
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c];
    const next = clauses[c + 1];
    if (next && !isInfinitive(tokens, next.group) && !afterPreposition(tokens, next.group)) clause.end = Math.max(clause.head, boundaryBefore(tokens, next, clause.head));
    if (c > 0 && isInfinitive(tokens, clause.group)) {
      clause.governor = c - 1;
      const governor = clauses[c - 1];
      clause.start = governor.start;
      if (governor.negated || NEGATING_VERBS.has(tokens[governor.head].lemma)) clause.negated = true;
      clause.mode = clause.mode ?? governor.mode;
    }
  }
  return clauses;
}

/** "the alliance is open to…": a verb group of only "be" heads a clause of its own. */
function isCopula(tokens: Token[], group: Chunk): boolean {
  return tokens[group.head].lemma === 'be' && tokens.slice(group.first, group.last + 1).every((t) => t.pos !== 'VERB');
}

function clauseStart(tokens: Token[], group: Chunk, sentenceStart: number, earlier: Clause[]): number {
  const previous = earlier[earlier.length - 1];
  const floor = previous && !isInfinitive(tokens, group) ? previous.group.last + 1 : sentenceStart;
  for (let t = group.first - 1; t >= floor; t--) {
    if (ENDS_CLAUSE.has(tokens[t].text) || STARTS_CLAUSE.has(tokens[t].lower) || joinsClauses(tokens, t)) return t + 1;
  }
  return Math.max(floor, sentenceStart);
}

/** ", and it has invited…": a comma before "and" or "but" joins two clauses. */
function joinsClauses(tokens: Token[], t: number): boolean {
  return (tokens[t].lower === 'and' || tokens[t].lower === 'but') && t > 0 && tokens[t - 1].text === ',';
}

function boundaryBefore(tokens: Token[], next: Clause, after: number): number {
  for (let t = after + 1; t < next.group.first; t++) {
    if (ENDS_CLAUSE.has(tokens[t].text) || (STARTS_CLAUSE.has(tokens[t].lower) && t > after + 1)) return t - 1;
    if (joinsClauses(tokens, t)) return t - 2;
  }
  return next.start - 1;
}

/** "accused of spying": a verb after a preposition continues the clause before it. */
function afterPreposition(tokens: Token[], group: Chunk): boolean {
  const before = tokens[group.first - 1];
  return before !== undefined && before.pos === 'ADP' && before.lower !== 'that';
}

/** "to invite", "to, at this stage, invite": an infinitive continues the clause of the verb before it. */
export function isInfinitive(tokens: Token[], group: Chunk): boolean {
  let t = group.first - 1;
  if (t >= 0 && tokens[t].text === ',') {
    while (t > 0 && tokens[t - 1].text !== ',' && tokens[t - 1].lower !== 'to') t--;
    t -= 2;
  }
  return t >= 0 && tokens[t].lower === 'to' && (tokens[t].pos === 'PART' || tokens[t].pos === 'ADP');
}

function isNegated(tokens: Token[], group: Chunk): boolean {
  for (let t = group.first; t <= group.last; t++) if (NEGATORS.has(tokens[t].lower)) return true;
  return false;
}

function modeOf(tokens: Token[], group: Chunk): string | null {
  for (let t = group.first; t <= group.last; t++) {
    if (FUTURE.has(tokens[t].lower)) return 'future';
    if (HYPOTHETICAL.has(tokens[t].lower)) return 'hypothetical';
  }
  return null;
}

function isPassive(tokens: Token[], group: Chunk): boolean {
  const head = tokens[group.head];
  if (!/(ed|en|wn|ne|lt|ught|t)$/.test(head.lower)) return false;
  for (let t = group.first; t < group.head; t++) if (tokens[t].lemma === 'be' || tokens[t].lower === 'get') return true;
  return false;
}
