// Acts named by a noun (dictionaries/nominals.yaml), where the clause around the noun tells what happened: acts of
// force an actor owns ("Israel's strikes on Gaza", "the raid by Turkish forces on…"), and meetings and clashes
// both sides hold ("talks between X and Y", "clashes between Thai and Cambodian troops").
import type { ActorMention, Doc, PlaceMention } from '../doc.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { isPossessiveMark } from '../nlp/words.ts';
import type { Clause } from './clauses.ts';
import { namedAt } from './named.ts';

export type NominalAct = { source: ActorMention; target: ActorMention | PlaceMention; code: string; rule: string; noun: number; clause: Clause };

/** Verbs whose object act has not happened or is denied: "threatened strikes on", "denied carrying out raids". */
const UNREAL = new Set(['threaten', 'warn', 'fear', 'plan', 'prepare', 'deny', 'prevent', 'avert', 'avoid', 'foil', 'thwart', 'consider', 'propose', 'vow', 'pledge', 'promise', 'rule', 'risk', 'authorize', 'authorise', 'approve', 'order']);
/** How far after the noun whom the act was done to may stand ("strikes on southern Lebanon's Nabatieh"). */
const TARGET_REACH = 4;

/** "a planned visit", "the proposed talks": an act named before it happened. */
const NOT_YET = new Set(['planned', 'proposed', 'possible', 'potential', 'upcoming', 'expected', 'scheduled', 'future', 'cancelled', 'canceled', 'postponed', 'delayed']);
/** …and, for meetings, "new talks", "direct talks": mostly talks sought, not held. */
const SOUGHT = new Set(['new', 'further', 'fresh', 'direct', 'next']);
/** Verbs whose meeting has not (yet) taken place: "offered to host talks between", "agreed to talks with". */
const UNMET = new Set(['offer', 'seek', 'call', 'urge', 'want', 'hope', 'invite', 'agree', 'accept', 'reject', 'refuse', 'oppose', 'demand', 'push', 'press', 'welcome', 'support', 'back', 'suspend', 'postpone', 'cancel', 'delay', 'boycott', 'quit', 'skip']);
/** Where a meeting is told as the background of what its parties did: "agreed after talks in Ankara". */
const BACKGROUND = new Set(['after', 'during', 'following', 'at', 'in']);
/** …of which these tell a meeting held before what the clause says, whatever that is ("agreed … after talks"). */
const HELD_BEFORE = new Set(['after', 'during', 'following']);

/** The owned acts in sentence `s` whose clause tells a fact; `subjectsOf` gives each clause's subject group. */
export function nominalActs(doc: Doc, lexicon: Lexicon, s: number, clauses: Clause[], mentions: ActorMention[], subjectsOf: ActorMention[][]): NominalAct[] {
  const { tokens } = doc;
  const { firstToken, lastToken } = doc.sentences[s];
  const acts: NominalAct[] = [];
  for (let t = firstToken; t <= lastToken; t++) {
    // "the Russian shelling of Odesa": the tagger may take an "-ing" noun for a verb.
    // …and a capital at the sentence's start for a name ("Clashes between…").
    const nominal = tokens[t].pos === 'NOUN' || (tokens[t].pos === 'VERB' && tokens[t].lower.endsWith('ing')) || (tokens[t].pos === 'PROPN' && t === firstToken);
    const entry = nominal ? lexicon.nominals.get(tokens[t].lower) : undefined;
    if (!entry) continue;
    // The innermost clause around the noun: a report's clause spans the "that" clause it governs.
    // "talks between Israel and Hamas could resume": the parties may open the clause the noun is the subject of.
    const clause = innermost(clauses, tokens[t + 1]?.lower === 'between' ? t + 2 : t);
    if (!clause) continue;
    // "agreed to restore relations after talks in Ankara": talks held before what the clause intends took place.
    const heldBefore = inBackground(doc, t, clause, HELD_BEFORE);
    if ((clause.mode !== null && !(heldBefore && clause.mode === 'intended')) || clause.framing !== null || UNREAL.has(tokens[clause.head].lemma) || NOT_YET.has(tokens[t - 1]?.lower ?? '')) continue;
    if (entry.code.startsWith('04') && SOUGHT.has(tokens[t - 1]?.lower ?? '')) continue;
    // "did not arrest Netanyahu during his visit": what the clause denies is not its background.
    if (clause.negated && !inBackground(doc, t, clause)) continue;
    const unmet = entry.code.startsWith('04') && !heldBefore && (UNMET.has(tokens[clause.head].lemma) || (clause.governor >= 0 && UNMET.has(tokens[clauses[clause.governor].head].lemma)));
    if (entry.mutual && !unmet) {
      // "after talks mediated by Qatar": the noun's own clause is the one whose verb comes before it.
      const host = innermost(clauses, t, (c) => c.head < t) ?? clause;
      acts.push(...mutualActs(doc, t, entry, host, mentions, subjectsOf[clauses.indexOf(host)] ?? []));
      continue;
    }
    if (entry.mutual || clause.head > t) continue;
    const source = ownerOf(doc, t);
    if (!source?.code) continue;
    const target = targetOf(doc, t, entry.to, mentions, lastToken);
    const country = source.code.slice(0, 3);
    const targetCountry = target ? ('via' in target ? target.code : target.country) : null;
    if (!target || !targetCountry || targetCountry.startsWith(country)) continue;
    acts.push({ source, target, code: entry.code, rule: entry.rule, noun: t, clause });
  }
  return acts;
}

type Entry = Lexicon['nominals'] extends Map<string, infer E> ? E : never;

/**
 * A meeting or clash both sides hold: "talks between X and Y", "Russia's talks with Ukraine", "talks with Y" that the
 * clause's subject held ("Ruto said during talks with Abiy"), or talks its two subjects held ("Ethiopia and
 * Somalia agreed … after talks in Ankara"). Each party's act towards the other.
 */
function mutualActs(doc: Doc, noun: number, entry: Entry, clause: Clause, mentions: ActorMention[], subjects: ActorMention[]): NominalAct[] {
  const { tokens } = doc;
  const named = (m: ActorMention): boolean => m.code !== null && m.via !== 'pronoun' && m.via !== 'possessive';
  let parties: ActorMention[] = [];
  // "talks between", "clashes erupted between", "fighting broke out between".
  const between = [1, 2, 3].map((k) => noun + k).find((k) => tokens[k]?.lower === 'between' && tokens.slice(noun + 1, k).every((b) => b.pos === 'VERB' || b.pos === 'ADP' || b.pos === 'ADV'));
  if (between !== undefined) {
    const first = mentions.find((m) => named(m) && m.firstToken >= between + 1 && m.firstToken <= between + 2);
    const second = first && mentions.find((m) => named(m) && m.firstToken > first.lastToken && tokens.slice(first.lastToken + 1, m.firstToken).every((b) => b.lower === 'and' || b.pos === 'DET' || b.pos === 'ADJ'));
    if (first && second) parties = [first, second];
  } else {
    const background = inBackground(doc, noun, clause);
    const owner = ownerOf(doc, noun) ?? (background && subjects.length === 1 ? subjects[0] : undefined);
    const other = targetOf(doc, noun, entry.to, mentions, doc.sentences[tokens[noun].sentence].lastToken);
    if (owner && other && 'via' in other) parties = [owner, other];
    else if (!owner && !other && background && subjects.length > 1) parties = subjects;
  }
  const acts: NominalAct[] = [];
  for (const source of parties) {
    for (const target of parties) {
      if (source === target || source.code === target.code) continue;
      acts.push({ source, target, code: entry.code, rule: entry.rule, noun, clause });
    }
  }
  return acts;
}

/** The innermost clause around token `t`, else (a phrase after a clause's end) the last one opened before it. */
function innermost(clauses: Clause[], t: number, fits: (c: Clause) => boolean = () => true): Clause | undefined {
  let found: Clause | undefined;
  let before: Clause | undefined;
  for (const c of clauses) {
    if (c.start > t || !fits(c)) continue;
    if (c.end >= t && (!found || c.start >= found.start)) found = c;
    if (!before || c.start >= before.start) before = c;
  }
  return found ?? before;
}

/** Whether the noun stands in a phrase after the verb that sets the scene ("during his visit", "after talks"). */
const inBackground = (doc: Doc, noun: number, clause: Clause, prepositions = BACKGROUND): boolean => noun > clause.head && prepositions.has(doc.tokens[precedingPreposition(doc, noun)]?.lower ?? '');

/** The token before the noun group the noun ends ("after Turkish-mediated talks" → "after"). */
function precedingPreposition(doc: Doc, noun: number): number {
  let t = noun - 1;
  while (t >= 0 && /^(ADJ|DET|PRON|NOUN|PROPN|NUM|PUNCT|VERB)$/.test(doc.tokens[t].pos) && doc.tokens[t].text !== ',') t--;
  return t;
}

/** "Israel's strikes", "Israeli strikes", "strikes by Israel": the actor owning the act. */
function ownerOf(doc: Doc, noun: number): ActorMention | undefined {
  const { tokens } = doc;
  let before = noun - 1;
  while (before >= 0 && tokens[before].pos === 'ADJ') before--;
  if (isPossessiveMark(tokens[before])) before--;
  // "his visit", "its strikes": a possessive pronoun owns the act (events skip it elsewhere, so all mentions here).
  const owner = doc.mentions.find((m) => m.lastToken === before && m.via !== 'pronoun' && m.code !== null);
  if (owner) return owner;
  return tokens[noun + 1]?.lower === 'by' ? namedAt(doc, noun + 2) : undefined;
}

/** The actor or place after one of the entry's prepositions, within a few words of the noun. */
function targetOf(doc: Doc, noun: number, to: Set<string>, mentions: ActorMention[], last: number): ActorMention | PlaceMention | undefined {
  const { tokens } = doc;
  for (let t = noun + 1; t <= Math.min(last, noun + TARGET_REACH); t++) {
    if (!to.has(tokens[t].lower)) continue;
    for (let k = t + 1; k <= Math.min(last, t + TARGET_REACH); k++) {
      const mention = mentions.find((m) => m.firstToken === k && m.via !== 'pronoun' && m.via !== 'possessive');
      if (mention) return mention;
      const place = doc.places.find((p) => p.firstToken === k);
      if (place) return place;
      if (!/^(DET|ADJ|NOUN|NUM)$/.test(tokens[k].pos)) break;
    }
    return undefined;
  }
  return undefined;
}

/**
 * "Russia's shelling of Kharkiv killed four", "Clashes between Thai and Cambodian troops killed 12": the act of
 * force named in the subject of a verb of killing or wounding, whose code then says how.
 */
export function subjectForce(doc: Doc, lexicon: Lexicon, clause: Clause): Entry | undefined {
  for (let t = clause.start; t < clause.group.first; t++) {
    const entry = lexicon.nominals.get(doc.tokens[t].lower);
    // Owned ("Israeli airstrikes") or shared ("clashes between"): "a suicide bombing" is no air raid.
    if (entry && /^(1[89]|20)/.test(entry.code) && (entry.mutual || ownerOf(doc, t) !== undefined)) return entry;
  }
  return undefined;
}
