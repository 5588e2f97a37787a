// The DocRecord: the one shape every consumer (CLI, store, exports, server, browser) reads.
// Types are inferred from these schemas; field names follow ../shared/DESIGN.md and are never renamed.
import { z } from 'zod';

export const RECORD_VERSION = '1';

export const Span = z.object({ start: z.number().int(), end: z.number().int() });
export type Span = z.infer<typeof Span>;

export const Mention = Span.extend({ text: z.string() });
export type Mention = z.infer<typeof Mention>;

export const Removed = z.object({
  text: z.string(),
  reason: z.string(),
  rule: z.string().optional(),
});
export type Removed = z.infer<typeof Removed>;

export const ActorKind = z.enum(['country', 'igo', 'ngo', 'agent', 'group', 'person', 'other']);

export const Actor = z.object({
  code: z.string(),
  name: z.string(),
  kind: ActorKind,
  mentions: z.array(Mention.extend({ via: z.string().optional() })),
});
export type Actor = z.infer<typeof Actor>;

export const Person = z.object({
  name: z.string(),
  role: z.string().nullable(),
  actor: z.string().nullable(),
  mentions: z.array(Mention),
});
export type Person = z.infer<typeof Person>;

export const Place = z.object({
  name: z.string(),
  country: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  mentions: z.array(Mention),
});
export type Place = z.infer<typeof Place>;

export const EventPlace = Place.omit({ mentions: true });

export const Time = z.object({
  text: z.string(),
  start: z.string(),
  end: z.string(),
  span: Span,
});
export type Time = z.infer<typeof Time>;

export const Event = z.object({
  sentence: z.number().int(),
  source: z.string(),
  target: z.string().nullable(),
  cameo: z.string(),
  root: z.string(),
  quad: z.number().int(),
  goldstein: z.number(),
  plover: z.object({ event: z.string().nullable(), mode: z.string().nullable() }),
  negated: z.boolean(),
  mode: z.string().nullable(),
  date: z.string().nullable(),
  place: EventPlace.nullable(),
  evidence: Span,
  rule: z.string(),
  verb: Mention,
  sourceMention: Mention.nullable(),
  targetMention: Mention.nullable(),
  /** Set by --expand-members: the collective code(s) ("IGOWSTNAT") this event was one member's share of. */
  expandedFrom: z.string().optional(),
});
export type Event = z.infer<typeof Event>;

export const Quote = z.object({
  kind: z.enum(['direct', 'indirect', 'mixed']),
  speaker: z
    .object({ name: z.string(), actor: z.string().nullable(), start: z.number().int(), end: z.number().int() })
    .nullable(),
  cue: Mention.nullable(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
});
export type Quote = z.infer<typeof Quote>;

export const Relation = z.object({
  subject: z.string(),
  predicate: z.string(),
  object: z.string(),
  count: z.number().optional(),
  date: z.string().nullable(),
  evidence: Span.nullable(),
  from: z.enum(['text', 'knowledge']),
  /** What produced it: the phrase ("relations/phrases:join") or the knowledge file and act. */
  rule: z.string().optional(),
  /** For knowledge: the act or programme behind the fact ("accession", "Partnership for Peace"). */
  note: z.string().optional(),
  /** Set on both sides where the text and the knowledge disagree, saying how. */
  conflict: z.string().optional(),
});
export type Relation = z.infer<typeof Relation>;

export const DocRecord = z.object({
  dyad: z.literal(RECORD_VERSION),
  id: z.string(),
  source: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  text: z.string(),
  removed: z.array(Removed),
  sentences: z.array(Span),
  actors: z.array(Actor),
  people: z.array(Person),
  events: z.array(Event),
  quotes: z.array(Quote),
  places: z.array(Place),
  times: z.array(Time),
  relations: z.array(Relation),
  warnings: z.array(z.string()),
});
export type DocRecord = z.infer<typeof DocRecord>;
