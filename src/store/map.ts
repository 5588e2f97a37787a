// Database rows (snake_case, backend-specific scalars) → the typed rows the Store returns.
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
