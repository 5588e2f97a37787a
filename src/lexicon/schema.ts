// The shapes of dyad's own dictionary files (YAML). Each entry proves itself with an `example` sentence.
import { z } from 'zod';

const code = z.string().regex(/^[A-Z0-9]{3,}$/, 'an actor code is upper-case letters and digits, 3 or more');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');

/** dictionaries/actors/*.yaml: countries (overrides), international bodies, armed groups, named entities. */
export const ActorEntry = z.object({
  code,
  /** For countries: the ISO 3166-1 alpha-3 entry of world-countries this entry extends or overrides. */
  iso: z.string().regex(/^[A-Z]{3}$/).optional(),
  name: z.string(),
  kind: z.enum(['country', 'igo', 'ngo', 'group', 'other']),
  /** Names and aliases, matched case-insensitively on word boundaries ("NATO", "the alliance"). */
  names: z.array(z.string()).default([]),
  /** Names matched only with this exact capitalisation (acronyms that are also words: "WHO", "US"). */
  exact: z.array(z.string()).default([]),
  /** Adjectival forms: "Indian officials" → the country + the agent's role code. */
  demonyms: z.array(z.string()).default([]),
  /** Seats of government used as metonyms ("Moscow", "the Kremlin"): the government when they act. */
  seats: z.array(z.string()).default([]),
  /** Definite descriptions that refer back to this actor when it was named before ("the alliance"). */
  descriptions: z.array(z.string()).default([]),
  /** For countries: library names and capitals this entry does not go by (Iceland's "Island", Bermuda's "Hamilton"). */
  not: z.array(z.string()).default([]),
  example: z.string(),
});
export type ActorEntry = z.infer<typeof ActorEntry>;

/** dictionaries/agents.yaml: role nouns and phrases → CAMEO role codes. */
export const AgentEntry = z.object({
  code: z.string().regex(/^[A-Z]{3}$/),
  names: z.array(z.string()).min(1),
  example: z.string(),
});
export type AgentEntry = z.infer<typeof AgentEntry>;

/** dictionaries/people.yaml: named office holders, dated. */
export const PersonEntry = z.object({
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  roles: z
    .array(z.object({ role: z.string(), code, from: isoDate, until: isoDate.nullable().default(null) }))
    .min(1),
  example: z.string(),
});
export type PersonEntry = z.infer<typeof PersonEntry>;

/**
 * dictionaries/verbs/NN-*.yaml: one file per CAMEO root.
 * `pattern` is words in order: the first is the verb lemma (or a multi-word verb like "take part"), then
 * literal words (matched by lemma), `TARGET`, `SOURCE` (a by-agent or other non-subject source), `&CLASS`
 * (a word class from dictionaries/classes.yaml), and `~` for "an object noun phrase is required here".
 * Words may be separated by other words in the same clause. Without `SOURCE` the clause subject is the source;
 * without `TARGET` the first actor after the verb is the target, if any.
 */
export const VerbEntry = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case words joined by hyphens'),
  pattern: z.string().min(1),
  code: z.string().regex(/^\d{2,4}$/, 'a CAMEO code is 2 to 4 digits, with its leading zero'),
  example: z.string(),
  /** The expected coding of the example when it is not simply "the first two actors": "SRC TGT". */
  expect: z.string().optional(),
  /** `body`: the target must be an international body, organisation or group, not a country ("join TARGET"). */
  target: z.enum(['body']).optional(),
});
export type VerbEntry = z.infer<typeof VerbEntry>;

export const VerbFile = z.object({
  root: z.string().regex(/^\d{2}$/),
  name: z.string(),
  patterns: z.array(VerbEntry),
});
export type VerbFile = z.infer<typeof VerbFile>;

/** dictionaries/classes.yaml: word classes that patterns refer to as &NAME. */
export const WordClass = z.object({
  name: z.string().regex(/^[A-Z_]+$/),
  words: z.array(z.string()).min(1),
  example: z.string(),
});

/** dictionaries/cleaning.yaml: site cruft that is cut from the article body. */
export const CruftRule = z.object({
  id: z.string(),
  reason: z.string(),
  /** A regular expression matched against one whole line (trimmed), case-insensitive. */
  line: z.string(),
  example: z.string(),
  /** A line that looks close but must be kept. */
  keep: z.string().optional(),
});
export type CruftRule = z.infer<typeof CruftRule>;

/** dictionaries/discards.yaml: what makes a sentence uncodable. */
/** dictionaries/nominals.yaml: nouns that name an act an actor did to another ("Israel's strikes on Gaza"). */
export const NominalEntry = z.object({
  id: z.string(),
  nouns: z.array(z.string()).min(1),
  code: z.string().regex(/^\d{2,4}$/, 'a CAMEO code is 2 to 4 digits, with its leading zero'),
  /** Prepositions that introduce whom the act was done to ("on", "against", "of" for an invasion). */
  to: z.array(z.string()).min(1),
  /** A meeting both parties hold: "talks between X and Y", "X's talks with Y" are also Y's with X. */
  mutual: z.boolean().optional(),
  example: z.string(),
});
export type NominalEntry = z.infer<typeof NominalEntry>;

export const DiscardEntry = z.object({
  id: z.string(),
  reason: z.string(),
  /** Words or phrases (matched by lowercase token sequence); any one present discards the sentence. */
  phrases: z.array(z.string()).min(1),
  /** Words (token or lemma) of which one must also be in the sentence: "<score>" discards only beside "beat". */
  near: z.array(z.string()).min(1).optional(),
  example: z.string(),
});

/** dictionaries/places.yaml: places with coordinates that are not capitals of their country. */
export const PlaceEntry = z.object({
  name: z.string(),
  names: z.array(z.string()).default([]),
  country: z.string(),
  lat: z.number(),
  lon: z.number(),
  example: z.string(),
});
export type PlaceEntry = z.infer<typeof PlaceEntry>;
