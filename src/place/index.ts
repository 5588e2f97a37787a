// Places named in the text: cities (with coordinates) and countries named as locations ("in India").
// A city counts when a locative preposition introduces it, or when it is a capital or a city of a million.
import type { ActorMention, Doc, PlaceMention } from '../doc.ts';
import { matchAt } from '../lexicon/gazetteer.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { LOCATIVE_PREPOSITIONS } from '../nlp/prepositions.ts';

/** A city after these is a place: the locative prepositions, and the object of a visit. */
const LOCATIVE = new Set([...LOCATIVE_PREPOSITIONS, 'visit', 'visited', 'visiting']);
const BIG_CITY = 1_000_000;
/** Verbs whose object is often a town: "seized Goma", "shelled Kharkiv", "recaptured Pokrovsk". */
const TAKEN = new Set(['seize', 'capture', 'recapture', 'retake', 'take', 'storm', 'overrun', 'shell', 'bomb', 'bombard', 'pound', 'besiege', 'encircle', 'liberate', 'raid', 'enter', 'attack', 'strike', 'hit', 'target', 'evacuate', 'reach']);

export function findPlaces(doc: Doc, lexicon: Lexicon, mentions: ActorMention[]): PlaceMention[] {
  const { tokens, text } = doc;
  const actorAt = new Map<number, ActorMention>();
  for (const m of mentions) if (m.via !== 'pronoun') actorAt.set(m.firstToken, m);
  const places: PlaceMention[] = [];
  for (const sentence of doc.sentences) {
    let i = sentence.firstToken;
    while (i <= sentence.lastToken) {
      const actor = actorAt.get(i);
      if (actor) {
        // "attacked Peru": a country as a verb's object is the actor, not a place.
        if (actor.kind === 'country' && actor.via === 'name' && locates(tokens, i, sentence.firstToken) && !takenBy(tokens[i - 1])) {
          const fact = lexicon.countries.byCode.get(actor.code ?? '');
          if (fact) places.push(place(doc, i, actor.lastToken, fact.name, fact.code, fact.lat, fact.lon));
        }
        i = actor.lastToken + 1;
        continue;
      }
      const hit = matchAt(lexicon.places, text, tokens, i, sentence.lastToken);
      if (hit && (hit.entry.value.capital || hit.entry.value.population >= BIG_CITY || locates(tokens, i, sentence.firstToken))) {
        const value = hit.entry.value;
        places.push(place(doc, i, hit.last, value.name, value.country, value.lat, value.lon));
        i = hit.last + 1;
        continue;
      }
      i++;
    }
  }
  return places;
}

const takenBy = (word: Doc['tokens'][number]): boolean => word.pos === 'VERB' && TAKEN.has(word.lemma);

/** Nouns for part of a place, whose "of" locates the name after it: "districts of El Fasher", "the outskirts of Kyiv". */
const PARTS_OF_PLACES = new Set(['district', 'city', 'town', 'village', 'outskirts', 'edge', 'centre', 'center', 'suburb', 'street', 'part', 'region', 'province', 'port', 'camp', 'area', 'neighbourhood', 'neighborhood', 'capital', 'heart', 'south', 'north', 'east', 'west']);
const MAX_ADJECTIVES = 2;

/**
 * Whether the name at `i` is placed by what comes before it in its sentence (from `floor`), adjectives passed
 * over ("in besieged El Fasher"). Asked only where a name stands: most tokens start none.
 */
function locates(tokens: Doc['tokens'], i: number, floor: number): boolean {
  if (i <= floor) return false;
  let k = i - 1;
  while (k > floor && i - k <= MAX_ADJECTIVES && tokens[k].pos === 'ADJ') k--;
  const word = tokens[k];
  if (LOCATIVE.has(word.lower)) return true;
  if (takenBy(word)) return true;
  return word.lower === 'of' && k > floor && PARTS_OF_PLACES.has(tokens[k - 1].lemma);
}

function place(doc: Doc, first: number, last: number, name: string, country: string | null, lat: number, lon: number): PlaceMention {
  const start = doc.tokens[first].start;
  const end = doc.tokens[last].end;
  return { start, end, text: doc.text.slice(start, end), firstToken: first, lastToken: last, name, country, lat, lon };
}
