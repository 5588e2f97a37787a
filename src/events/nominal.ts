// Acts of force named by a noun its actor owns: "Israel's strikes on Gaza", "Russian attacks on Kharkiv", "the raid
// by Turkish forces on…" (dictionaries/nominals.yaml), where the clause around the noun tells what happened.
import type { ActorMention, Doc, PlaceMention } from '../doc.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { isPossessiveMark } from '../nlp/words.ts';
import type { Clause } from './clauses.ts';

export type NominalAct = { source: ActorMention; target: ActorMention | PlaceMention; code: string; rule: string; noun: number; clause: Clause };

/** Verbs whose object act has not happened or is denied: "threatened strikes on", "denied carrying out raids". */
const UNREAL = new Set(['threaten', 'warn', 'fear', 'plan', 'prepare', 'deny', 'prevent', 'avert', 'avoid', 'foil', 'thwart', 'consider', 'propose', 'vow', 'pledge', 'promise', 'rule', 'risk', 'authorize', 'authorise', 'approve', 'order']);
/** How far after the noun whom the act was done to may stand ("strikes on southern Lebanon's Nabatieh"). */
const TARGET_REACH = 4;

/** The owned acts of force in sentence `s` whose clause tells a fact. */
export function nominalActs(doc: Doc, lexicon: Lexicon, s: number, clauses: Clause[], mentions: ActorMention[]): NominalAct[] {
  const { tokens } = doc;
  const { firstToken, lastToken } = doc.sentences[s];
  const acts: NominalAct[] = [];
  for (let t = firstToken; t <= lastToken; t++) {
    // "the Russian shelling of Odesa": the tagger may take an "-ing" noun for a verb.
    const nominal = tokens[t].pos === 'NOUN' || (tokens[t].pos === 'VERB' && tokens[t].lower.endsWith('ing'));
    const entry = nominal ? lexicon.nominals.get(tokens[t].lower) : undefined;
    if (!entry) continue;
    const clause = clauses.find((c) => c.start <= t && c.end >= t);
    if (!clause || clause.negated || clause.mode !== null || clause.framing !== null || clause.head > t || UNREAL.has(tokens[clause.head].lemma)) continue;
    const source = ownerOf(doc, t, mentions);
    if (!source?.code) continue;
    const target = targetOf(doc, t, entry.to, mentions, lastToken);
    const country = source.code.slice(0, 3);
    const targetCountry = target ? ('via' in target ? target.code : target.country) : null;
    if (!target || !targetCountry || targetCountry.startsWith(country)) continue;
    acts.push({ source, target, code: entry.code, rule: entry.rule, noun: t, clause });
  }
  return acts;
}

/** "Israel's strikes", "Israeli strikes", "strikes by Israel": the actor owning the act. */
function ownerOf(doc: Doc, noun: number, mentions: ActorMention[]): ActorMention | undefined {
  const { tokens } = doc;
  let before = noun - 1;
  while (before >= 0 && tokens[before].pos === 'ADJ') before--;
  if (isPossessiveMark(tokens[before])) before--;
  const owner = mentions.find((m) => m.lastToken === before && m.via !== 'pronoun');
  if (owner) return owner;
  if (tokens[noun + 1]?.lower !== 'by') return undefined;
  return mentions.find((m) => m.firstToken === noun + 2 || (m.firstToken === noun + 3 && tokens[noun + 2].pos === 'DET'));
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
