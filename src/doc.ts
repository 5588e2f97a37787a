// The Doc: one article and every layer the stages add to it. Offsets are UTF-16 code units into `text`,
// end exclusive; token indexes are positions in `tokens`. Each stage fills its own layer and reads earlier ones.
import type { Actor, Event, Person, Place, Quote, Relation, Removed, Time } from './record.ts';

export type Source = {
  uri: string;
  mediaType: 'text/plain' | 'text/x-dated' | 'text/html' | 'application/json';
  raw: string;
  hints: { id?: string; url?: string; title?: string; date?: string };
  warnings: string[];
};

export type Token = {
  start: number;
  end: number;
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  sentence: number;
};

export type Sentence = { start: number; end: number; firstToken: number; lastToken: number };

export type Chunk = { kind: 'NP' | 'VP'; first: number; last: number; head: number };

/** One stretch of text that names or points to an actor, with what it resolves to. */
export type ActorMention = {
  start: number;
  end: number;
  text: string;
  firstToken: number;
  lastToken: number;
  /** The CAMEO actor code, or null for a person whose affiliation is unknown. */
  code: string | null;
  name: string;
  kind: Actor['kind'];
  /** How it was found: "name", "demonym", "seat", "agent", "person", "pronoun", "description", "alias". */
  via: string;
  /** Index into the person layer when the mention is (or points to) a person. */
  person: number | null;
  /** The dictionary entry that matched. */
  rule: string;
};

export type PlaceMention = {
  start: number;
  end: number;
  text: string;
  firstToken: number;
  lastToken: number;
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
};

export type TimeMention = Time & { firstToken: number; lastToken: number };

export type Doc = {
  id: string;
  source: string;
  url: string | null;
  title: string | null;
  published: string | null;
  text: string;
  removed: Removed[];
  warnings: string[];
  sentences: Sentence[];
  tokens: Token[];
  chunks: Chunk[];
  mentions: ActorMention[];
  people: Person[];
  places: PlaceMention[];
  times: TimeMention[];
  events: Event[];
  quotes: Quote[];
  relations: Relation[];
};

export type { Actor, Event, Person, Place, Quote, Relation, Removed, Time };
