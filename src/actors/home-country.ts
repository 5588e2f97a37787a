// The country a sentence is about, for an office holder it names without a country ("President Omar al-Bashir
// eased the curfew in Sudan", "President Museveni banned Ugandan opposition candidates"): the one country the
// sentence places things in or describes things of. A country the sentence goes to, fights or speaks to
// ("threatened action against Russia", "arrived in Amman") says nothing of where the office holder is from.
import type { ActorMention, Doc, Sentence } from '../doc.ts';
import { matchAt } from '../lexicon/gazetteer.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { isPossessiveMark } from '../nlp/words.ts';

/** Prepositions that put something inside a country: "the curfew in Sudan", "the people of Haiti". */
const LOCATING = new Set(['in', 'of', 'within', 'throughout', 'across', 'inside', 'near', 'outside']);
/** Verbs of travel, meeting and force: the country they name is the one visited, met or attacked. */
const TRAVEL = new Set(['visit', 'arrive', 'travel', 'fly', 'tour', 'return', 'land', 'reach', 'go', 'come', 'head', 'leave', 'meet', 'host', 'welcome', 'receive', 'flee', 'move', 'send', 'deploy', 'invade', 'attack']);

/**
 * The three-letter code of the only country the sentence locates or describes things in, or null.
 * `travelled`: whether a verb of travel, meeting or force leaves the country unknown (an office holder may be
 * abroad). `placeFirst`: whether the one country things happen in decides over countries merely described ("armed
 * men kidnapped two Italian aid workers in northern Kenya": the gunmen are read as Kenya's).
 */
export function homeCountry(doc: Doc, lexicon: Lexicon, sentence: Sentence, named: ActorMention[], { travelled = true, placeFirst = false } = {}): string | null {
  const { tokens, text } = doc;
  const located = new Set<string>();
  const described = new Set<string>();
  if (travelled) for (let t = sentence.firstToken; t <= sentence.lastToken; t++) if (tokens[t].pos === 'VERB' && TRAVEL.has(tokens[t].lemma)) return null;
  for (const m of named) {
    if (m.firstToken < sentence.firstToken || m.lastToken > sentence.lastToken || m.kind !== 'country' || !m.code) continue;
    const before = tokens[m.firstToken - 1];
    const after = tokens[m.lastToken + 1];
    // "Ugandan opposition", "Pakistani officials", "Haiti's elections", "the Kenya Anti-Corruption Commission".
    const attributive = before?.lower === 'the' && (after?.pos === 'PROPN' || after?.pos === 'NOUN');
    const describes = attributive || m.via === 'demonym' || m.via === 'agent' || isPossessiveMark(after);
    if (locatedAt(tokens, m.firstToken)) located.add(m.code.slice(0, 3));
    else if (describes) described.add(m.code.slice(0, 3));
  }
  // "the curfew in Algiers": a city after a locating preposition.
  for (let t = sentence.firstToken + 1; t <= sentence.lastToken; t++) {
    if (!locatedAt(tokens, t) || tokens[t].pos !== 'PROPN' || named.some((m) => m.firstToken <= t && m.lastToken >= t)) continue;
    const place = matchAt(lexicon.places, text, tokens, t, sentence.lastToken);
    if (place?.entry.value.country) located.add(place.entry.value.country);
  }
  if (placeFirst && located.size === 1) return [...located][0];
  const found = new Set([...located, ...described]);
  return found.size === 1 ? [...found][0] : null;
}

/** Words of direction between a locating preposition and its place: "in northern Kenya", "in northwest Pakistan". */
const DIRECTION = /^(north|south|east|west|central|upper|lower|far)/;

/** Whether the name at `t` follows a locating preposition of its sentence, directions passed over. */
function locatedAt(tokens: Doc['tokens'], t: number): boolean {
  let k = t - 1;
  while (k >= 0 && k >= t - 2 && DIRECTION.test(tokens[k].lower) && tokens[k].sentence === tokens[t].sentence) k--;
  return k >= 0 && LOCATING.has(tokens[k].lower) && tokens[k].sentence === tokens[t].sentence;
}
