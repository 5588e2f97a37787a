// Database rows (snake_case, backend-specific scalars) → the typed rows the Store returns.
import type { Event, Mention, Relation } from '../record.ts';
import type { EventRow, QuoteRow, RelationRow, StatRow, StoryEvent } from './types.ts';

export type DbRow = Record<string, unknown>;

const str = (value: unknown): string => String(value);
const strOrNull = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
const num = (value: unknown): number => Number(value);
const numOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
// SQLite answers 0/1, PostgreSQL true/false.
const bool = (value: unknown): boolean => value === true || value === 1 || value === '1';

export function toEventRow(r: DbRow): EventRow {
  return {
    id: num(r.id),
    document: str(r.document),
    sentence: num(r.sentence),
    date: strOrNull(r.date),
    source: str(r.source),
    sourceName: strOrNull(r.source_name),
    sourceText: strOrNull(r.source_text),
    target: strOrNull(r.target),
    targetName: strOrNull(r.target_name),
    targetText: strOrNull(r.target_text),
    cameo: str(r.cameo),
    root: str(r.root),
    quad: num(r.quad),
    goldstein: num(r.goldstein),
    ploverEvent: strOrNull(r.plover_event),
    ploverMode: strOrNull(r.plover_mode),
    negated: bool(r.negated),
    mode: strOrNull(r.mode),
    placeName: strOrNull(r.place_name),
    placeCountry: strOrNull(r.place_country),
    placeLat: numOrNull(r.place_lat),
    placeLon: numOrNull(r.place_lon),
    evidenceStart: num(r.evidence_start),
    evidenceEnd: num(r.evidence_end),
    evidence: str(r.evidence),
    verb: str(r.verb),
    rule: str(r.rule),
    url: strOrNull(r.url),
    title: strOrNull(r.title),
    published: strOrNull(r.published),
    outlet: str(r.outlet),
  };
}

export function toStoryEvent(r: DbRow): StoryEvent {
  return {
    id: num(r.id),
    date: strOrNull(r.date),
    source: str(r.source),
    sourceName: strOrNull(r.source_name),
    target: strOrNull(r.target),
    targetName: strOrNull(r.target_name),
    cameo: str(r.cameo),
    root: str(r.root),
    quad: num(r.quad),
    goldstein: num(r.goldstein),
    ploverEvent: strOrNull(r.plover_event),
    ploverMode: strOrNull(r.plover_mode),
    negated: bool(r.negated),
    mode: strOrNull(r.mode),
    placeName: strOrNull(r.place_name),
    placeCountry: strOrNull(r.place_country),
    placeLat: numOrNull(r.place_lat),
    placeLon: numOrNull(r.place_lon),
    isRoot: bool(r.is_root),
    numMentions: num(r.num_mentions),
    numSources: num(r.num_sources),
    numArticles: num(r.num_articles),
    sourceUrl: str(r.source_url),
    added: str(r.added),
  };
}

export function toQuoteRow(r: DbRow): QuoteRow {
  return {
    id: num(r.id),
    document: str(r.document),
    kind: str(r.kind) as QuoteRow['kind'],
    speaker: strOrNull(r.speaker),
    speakerActor: strOrNull(r.speaker_actor),
    cue: strOrNull(r.cue),
    start: num(r.start_offset),
    end: num(r.end_offset),
    text: str(r.text),
    published: strOrNull(r.published),
    url: strOrNull(r.url),
    title: strOrNull(r.title),
  };
}

export function toStatRow(r: DbRow): StatRow {
  return { key: str(r.key), count: num(r.count), goldstein: numOrNull(r.goldstein) };
}

export function toRelationRow(r: DbRow): RelationRow {
  const start = numOrNull(r.evidence_start);
  const end = numOrNull(r.evidence_end);
  return {
    id: num(r.id),
    document: str(r.document),
    subject: str(r.subject),
    predicate: str(r.predicate),
    object: str(r.object),
    count: numOrNull(r.count),
    date: strOrNull(r.date),
    from: str(r.origin) === 'knowledge' ? 'knowledge' : 'text',
    evidence: start === null || end === null ? null : { start, end },
    text: strOrNull(r.evidence),
    rule: strOrNull(r.rule),
    note: strOrNull(r.note),
    conflict: strOrNull(r.conflict),
    url: strOrNull(r.url),
    title: strOrNull(r.title),
    published: strOrNull(r.published),
  };
}

const mentionOf = (start: unknown, end: unknown, text: unknown): Mention | null => (start === null ? null : { start: num(start), end: num(end), text: str(text) });

/** A stored event row as the record's event, its fields in the record's order. */
export function eventOf(r: DbRow): Event {
  const event: Event = {
    sentence: num(r.sentence),
    source: str(r.source),
    target: strOrNull(r.target),
    cameo: str(r.cameo),
    root: str(r.root),
    quad: num(r.quad),
    goldstein: num(r.goldstein),
    plover: { event: strOrNull(r.plover_event), mode: strOrNull(r.plover_mode) },
    negated: bool(r.negated),
    mode: strOrNull(r.mode),
    date: strOrNull(r.date),
    // An event's place always has a name.
    place: r.place_name === null ? null : { name: str(r.place_name), country: strOrNull(r.place_country), lat: numOrNull(r.place_lat), lon: numOrNull(r.place_lon) },
    evidence: { start: num(r.evidence_start), end: num(r.evidence_end) },
    rule: str(r.rule),
    verb: { start: num(r.verb_start), end: num(r.verb_end), text: str(r.verb) },
    sourceMention: mentionOf(r.source_start, r.source_end, r.source_text),
    targetMention: mentionOf(r.target_start, r.target_end, r.target_text),
  };
  if (r.expanded_from !== null) event.expandedFrom = str(r.expanded_from);
  return event;
}

/** A stored text relation row as the record's relation, its fields in the record's order (absent ones left out). */
export function textRelationOf(r: DbRow): Relation {
  const optional = (key: 'count' | 'rule' | 'note' | 'conflict'): Partial<Relation> =>
    r[key] === null ? {} : { [key]: key === 'count' ? num(r[key]) : str(r[key]) };
  return {
    subject: str(r.subject),
    predicate: str(r.predicate),
    object: str(r.object),
    ...optional('count'),
    date: strOrNull(r.date),
    evidence: r.evidence_start === null ? null : { start: num(r.evidence_start), end: num(r.evidence_end) },
    from: 'text',
    ...optional('rule'),
    ...optional('note'),
    ...optional('conflict'),
  };
}
