// Go-betweens: "in a swap brokered by the UAE", "a Qatari-mediated ceasefire", "through Egyptian mediation". Whoever
// mediated what two parties did together mediated between them (CAMEO 045), whatever the act was: talks, a
// prisoner exchange, a truce, a deal.
import type { ActorMention, Doc } from '../doc.ts';
import type { Clause } from './clauses.ts';
import { coordinated } from './match.ts';
import { namedAt, namedIn } from './named.ts';

export const MEDIATE = '045';
/** Participles naming a go-between: "mediated by Qatar", "a Turkish-brokered deal". */
export const BROKERED = new Set(['mediated', 'brokered', 'facilitated', 'sponsored']);
/** Prepositions before a mediation that took place: "through Egyptian mediation", "under Saudi mediation". */
const BY_WAY_OF = new Set(['through', 'with', 'under', 'after', 'following', 'via', 'thanks']);

/** `at`: the word naming the mediation; `noun`: the act mediated ("swap", "talks"), or -1 when unnamed. */
export type Mediation = { mediators: ActorMention[]; at: number; noun: number };

/**
 * Nouns of an earlier act the clause's own act is told against: "freed prisoners under the US-brokered truce", "as
 * part of a deal brokered by Washington". The mediation lies in the past, not in what the clause tells.
 */
const BACKGROUND = new Set(['under', 'of', 'per', 'within', 'despite', 'violating', 'breaching']);

/** The go-betweens the sentence names, each at the word that names the mediation. */
export function mediationsIn(doc: Doc, s: number): Mediation[] {
  const { tokens } = doc;
  const { firstToken, lastToken } = doc.sentences[s];
  const named = namedIn(doc, s).filter((m) => m.code !== null);
  const found: Mediation[] = [];
  for (let t = firstToken; t <= lastToken; t++) {
    const lower = tokens[t].lower;
    let first: ActorMention | undefined;
    let noun = -1;
    // "a swap mediated by Egypt, Qatar and Turkey", "talks in Ankara brokered by Turkey's president".
    if (BROKERED.has(lower) && tokens[t + 1]?.lower === 'by') {
      noun = qualifiedNoun(doc, t);
      first = noun >= 0 ? namedAt(doc, t + 2) : undefined;
    } else if (BROKERED.has(lower) && tokens[t - 1]?.text === '-' && tokens[t + 1]?.pos === 'NOUN') {
      // "a Qatari-mediated truce": the name before the hyphen, before a noun.
      first = named.find((m) => m.lastToken === t - 2);
      noun = t + 1;
    } else if (lower === 'mediation') first = mediationOwner(doc, t, named);
    if (!first || (noun >= 0 && BACKGROUND.has(tokens[groupStart(doc, noun) - 1]?.lower ?? ''))) continue;
    const group = coordinated(tokens, named, first);
    // "Egyptian and Qatari mediation" names the others before the last.
    found.push({ mediators: lower === 'mediation' && group.length === 1 ? coordinatedBefore(doc, named, first) : group, at: t, noun });
  }
  return found;
}

/** How far back from its participle the noun it qualifies may stand ("talks in the Qatari capital mediated by…"). */
const NOUN_REACH = 5;

/** The noun a participle qualifies, past a place phrase after it ("talks in Ankara brokered by…"); -1 when none. */
function qualifiedNoun(doc: Doc, participle: number): number {
  const { tokens } = doc;
  for (let t = participle - 1; t >= Math.max(0, participle - NOUN_REACH); t--) {
    if (tokens[t].pos === 'NOUN') return t;
    if (!/^(ADP|PROPN|DET|ADJ)$/.test(tokens[t].pos)) return -1;
  }
  return -1;
}

/** The first token of the noun group a noun ends ("the US-brokered ceasefire" → "the"). */
function groupStart(doc: Doc, noun: number): number {
  let t = noun;
  while (t > 0 && /^(DET|ADJ|NUM|NOUN|PROPN|PUNCT|VERB)$/.test(doc.tokens[t - 1].pos) && doc.tokens[t - 1].text !== ',') t--;
  return t;
}

/** "through Egyptian mediation", "with the mediation of Turkey": whose mediation it was, when it took place. */
function mediationOwner(doc: Doc, t: number, named: ActorMention[]): ActorMention | undefined {
  const { tokens } = doc;
  if (tokens[t + 1]?.lower === 'of' || tokens[t + 1]?.lower === 'by') {
    let before = t - 1;
    while (before >= 0 && tokens[before].pos === 'DET') before--;
    return BY_WAY_OF.has(tokens[before]?.lower ?? '') ? namedAt(doc, t + 2) : undefined;
  }
  const owner = named.find((m) => m.lastToken === t - 1 || (m.lastToken === t - 2 && /^['’]s$/.test(tokens[t - 1].lower)));
  if (!owner) return undefined;
  let before = owner.firstToken - 1;
  while (before >= 0 && (tokens[before].pos === 'DET' || tokens[before].lower === 'and' || tokens[before].text === ',' || named.some((m) => m.lastToken === before))) {
    const joined = named.find((m) => m.lastToken === before);
    before = joined ? joined.firstToken - 1 : before - 1;
  }
  return BY_WAY_OF.has(tokens[before]?.lower ?? '') ? owner : undefined;
}

/** "Egyptian and Qatari mediation": the names joined before the last one, with it. */
function coordinatedBefore(doc: Doc, named: ActorMention[], last: ActorMention): ActorMention[] {
  const group = [last];
  for (let m = named.indexOf(last) - 1; m >= 0; m--) {
    const gap = doc.tokens.slice(named[m].lastToken + 1, group[0].firstToken);
    if (gap.length === 0 || !gap.every((x) => x.lower === 'and' || x.text === ',')) break;
    group.unshift(named[m]);
  }
  return group;
}

/**
 * The clause a mediation is told in: the innermost one whose verb comes before the mediation ("swapped prisoners in
 * an exchange mediated by the UAE": "swapped", not "mediated"), else the first one.
 */
export function mediatedClause(doc: Doc, clauses: Clause[], at: number): number {
  let found = -1;
  for (const [c, clause] of clauses.entries()) {
    if (clause.head >= at || BROKERED.has(doc.tokens[clause.head].lower) || clause.start > at) continue;
    if (found < 0 || clause.start >= clauses[found].start) found = c;
  }
  return found >= 0 ? found : clauses.findIndex((c) => !BROKERED.has(doc.tokens[c.head].lower));
}
