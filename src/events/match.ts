// Matches the verb patterns of a clause's head verb against the words after it, and finds who does what to whom.
import type { ActorMention, Doc, Token } from '../doc.ts';
import type { Lexicon } from '../lexicon/index.ts';
import type { VerbPattern } from '../lexicon/verbs.ts';
import type { Clause } from './clauses.ts';
import { matchReach, reachCandidates } from './reach.ts';

export type Match = {
  pattern: VerbPattern;
  sources: ActorMention[];
  targets: ActorMention[];
  score: number;
  /** Tokens the pattern's words matched: a later verb among them is not coded again on its own. */
  used: number[];
};

export type Tried = { pattern: VerbPattern; failed: string | null };

const PREPOSITIONAL = new Set(['in', 'at', 'from', 'near', 'of', 'for', 'about', 'over', 'on', 'with', 'to', 'by', 'into', 'against', 'across', 'amid', 'among', 'between', 'during', 'since', 'under', 'through', 'within', 'without']);
const COORDINATORS = new Set([',', 'and', 'or', '&']);

export type ClauseActors = { inClause: ActorMention[]; subjects: ActorMention[] };

/**
 * The actors of a clause and its subject group (the first actor not inside a prepositional phrase). An
 * infinitive's subject is the governing verb's object when it has one ("asked Britain to reconsider").
 */
export function clauseActors(doc: Doc, clause: Clause, mentions: ActorMention[], clauses: Clause[]): ClauseActors {
  const inClause = mentions.filter((m) => m.firstToken >= clause.start && m.lastToken <= clause.end);
  const governor = clause.governor >= 0 ? clauses[clause.governor] : null;
  const objects = governor ? inClause.filter((m) => m.firstToken > governor.head && m.lastToken < clause.group.first) : [];
  if (objects.length > 0) return { inClause, subjects: coordinated(doc.tokens, objects, objects[0]) };
  const before = inClause.filter((m) => m.lastToken < clause.group.first && !afterPreposition(doc.tokens, m, clause.start));
  const subjects = before.length > 0 ? coordinated(doc.tokens, before, before[0]) : [];
  return { inClause, subjects };
}

export function matchPatterns(doc: Doc, lexicon: Lexicon, clause: Clause, actors: ClauseActors, tried?: Tried[]): Match | null {
  const { tokens } = doc;
  const patterns = verbPatterns(lexicon, tokens[clause.head]);
  if (!patterns) return null;
  const after = actors.inClause.filter((m) => m.firstToken > clause.head);
  let best: Match | null = null;
  for (const pattern of reachCandidates(doc, clause, patterns, tried)) {
    const result = matchOne(doc, lexicon, clause, pattern, actors, after);
    tried?.push({ pattern, failed: typeof result === 'string' ? result : null });
    if (typeof result !== 'string' && (!best || result.score > best.score)) best = result;
  }
  return best;
}

/** The patterns of a verb by its lemma, or, where the tagger missed the verb, by a stem of its form. */
export function verbPatterns(lexicon: Lexicon, token: Token): VerbPattern[] | undefined {
  // Verbs from TABARI/PETRARCH files are listed by their exact forms ("met", "left"), and take precedence.
  const byForm = lexicon.formVerbs.get(token.lower);
  if (byForm) return byForm;
  const found = lexicon.verbs.get(token.lemma) ?? lexicon.verbs.get(token.lower);
  if (found) return found;
  const form = token.lower;
  const stems = [form.replace(/ied$/, 'y'), form.replace(/ed$/, ''), form.replace(/d$/, ''), form.replace(/(.)\1ed$/, '$1'), form.replace(/ies$/, 'y'), form.replace(/es$/, ''), form.replace(/s$/, '')];
  for (const stem of stems) {
    const patterns = stem !== form ? lexicon.verbs.get(stem) : undefined;
    if (patterns) return patterns;
  }
  return undefined;
}

function matchOne(doc: Doc, lexicon: Lexicon, clause: Clause, pattern: VerbPattern, actors: ClauseActors, clauseAfter: ActorMention[]): Match | string {
  if (pattern.reach === 'sentence') return matchReach(doc, clause, pattern, actors);
  let after = clauseAfter;
  const { tokens } = doc;
  let cursor = clause.head + 1;
  let targets: ActorMention[] | null = null;
  let sources: ActorMention[] | null = null;
  const used: number[] = [];
  // Passive: "was accused by Chile" — the by-agent is the source and the subject the target.
  const agent = clause.passive ? after.find((m) => m.firstToken > 0 && tokens[m.firstToken - 1].lower === 'by') : undefined;
  if (agent) {
    sources = coordinated(tokens, after, agent);
    const agents = sources;
    after = after.filter((m) => !agents.includes(m));
  }
  for (let e = 0; e < pattern.elements.length; e++) {
    const element = pattern.elements[e];
    if (element.kind === 'word') {
      const at = findToken(tokens, cursor, clause.end, (t) => element.lemmas.includes(t.lemma) || element.lemmas.includes(t.lower));
      if (at < 0) return `no "${element.lemmas.join('|')}" after the verb`;
      used.push(at);
      cursor = at + 1;
    } else if (element.kind === 'class') {
      const words = lexicon.classes.get(element.name);
      if (!words) return `unknown word class &${element.name}`;
      const at = findToken(tokens, cursor, clause.end, (t) => words.has(t.lemma) || words.has(t.lower));
      if (at < 0) return `no &${element.name} word after the verb`;
      used.push(at);
      cursor = at + 1;
    } else if (element.kind === 'object') {
      const at = findToken(tokens, cursor, clause.end, (t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON');
      if (at < 0) return 'no object after the verb';
      cursor = at + 1;
    } else {
      const found = after.find((m) => m.firstToken >= cursor);
      if (!found && element.kind === 'target' && agent) {
        targets = actors.subjects;
        continue;
      }
      if (!found) return `no ${element.kind} actor after the verb`;
      // "between SOURCE and TARGET": the pattern's own "and" separates the two, so no coordination here.
      const following = pattern.elements[e + 1];
      const group = following?.kind === 'word' && following.lemmas.includes('and') ? [found] : coordinated(tokens, after, found);
      if (element.kind === 'target') targets = group;
      else sources = group;
      cursor = group[group.length - 1].lastToken + 1;
    }
  }
  if (agent) targets = targets ?? actors.subjects;
  sources = sources ?? actors.subjects;
  if (sources.length === 0) return 'no source actor';
  if (!targets) {
    const object = after.find((m) => !afterPreposition(tokens, m, clause.head + 1) && !sources!.includes(m));
    targets = object ? coordinated(tokens, after, object) : [];
  }
  return { pattern, sources, targets, used, score: specificity(pattern) + (targets.length > 0 ? 1 : 0) };
}

function findToken(tokens: Token[], from: number, to: number, test: (t: Token) => boolean): number {
  for (let t = from; t <= to; t++) if (test(tokens[t])) return t;
  return -1;
}

/** "Australia, New Zealand, South Korea, and Japan": the mention and those joined to it by commas and "and". */
function coordinated(tokens: Token[], mentions: ActorMention[], first: ActorMention): ActorMention[] {
  const group = [first];
  let index = mentions.indexOf(first);
  while (index + 1 < mentions.length) {
    const current = mentions[index];
    const next = mentions[index + 1];
    let joined = next.firstToken > current.lastToken + 1;
    for (let t = current.lastToken + 1; t < next.firstToken; t++) {
      if (!COORDINATORS.has(tokens[t].lower)) joined = false;
    }
    if (!joined) break;
    group.push(next);
    index++;
  }
  return group;
}

/** Whether a mention sits in a prepositional phrase ("to NATO", "of the alliance", "in Delhi"). */
function afterPreposition(tokens: Token[], mention: ActorMention, floor: number): boolean {
  for (let t = mention.firstToken - 1; t >= floor; t--) {
    const token = tokens[t];
    if (PREPOSITIONAL.has(token.lower) && (token.pos === 'ADP' || token.pos === 'PART' || token.pos === 'SCONJ')) return true;
    if (token.pos !== 'DET' && token.pos !== 'ADJ' && token.pos !== 'NUM' && token.pos !== 'NOUN' && token.pos !== 'PROPN') return false;
  }
  return false;
}

/** Literal words say most about the event, word classes less, slots least; a finer code breaks ties. */
function specificity(pattern: VerbPattern): number {
  let score = pattern.code.length * 0.1;
  for (const element of pattern.elements) score += element.kind === 'word' ? 3 : element.kind === 'class' ? 2 : 1;
  return score;
}
