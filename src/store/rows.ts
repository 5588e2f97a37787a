// A DocRecord flattened into the rows of each table. Both backends insert exactly these rows; the column
// lists here are the tables' columns after the latest migration (besides `doc`, which the backend supplies).
import { createHash } from 'node:crypto';
import { bandKeys, fingerprint, minhashBytes, type Fingerprint } from '../dedup/fingerprint.ts';
import type { DocRecord, Event, Relation } from '../record.ts';
import { textRelationOf, type DbRow } from './map.ts';

export type Cell = string | number | null;

/**
 * The tables queries filter, join or list rows from, with their columns and the PostgreSQL type each is read
 * as. Everything else of a record (sentences, actors, people, places, their mentions, times) is kept in the
 * document's record JSON only: no query reads it row by row.
 */
export const CHILD_COLUMNS = {
  events: {
    n: 'int',
    sentence: 'int',
    date: 'text',
    source: 'text',
    source_name: 'text',
    source_text: 'text',
    target: 'text',
    target_name: 'text',
    target_text: 'text',
    cameo: 'text',
    root: 'text',
    quad: 'int',
    goldstein: 'float8',
    plover_event: 'text',
    plover_mode: 'text',
    negated: 'boolean',
    mode: 'text',
    place_name: 'text',
    place_country: 'text',
    place_lat: 'float8',
    place_lon: 'float8',
    evidence_start: 'int',
    evidence_end: 'int',
    evidence: 'text',
    verb: 'text',
    rule: 'text',
    verb_start: 'int',
    verb_end: 'int',
    source_start: 'int',
    source_end: 'int',
    target_start: 'int',
    target_end: 'int',
    expanded_from: 'text',
  },
  quotes: {
    n: 'int',
    kind: 'text',
    speaker: 'text',
    speaker_actor: 'text',
    speaker_start: 'int',
    speaker_end: 'int',
    cue: 'text',
    cue_start: 'int',
    cue_end: 'int',
    start_offset: 'int',
    end_offset: 'int',
    text: 'text',
  },
  relations: {
    n: 'int',
    subject: 'text',
    predicate: 'text',
    object: 'text',
    count: 'float8',
    date: 'text',
    origin: 'text',
    evidence_start: 'int',
    evidence_end: 'int',
    evidence: 'text',
    rule: 'text',
    note: 'text',
    conflict: 'text',
  },
} as const;

export type ChildTable = keyof typeof CHILD_COLUMNS;
export const CHILD_TABLES = Object.keys(CHILD_COLUMNS) as ChildTable[];
type RowOf<T extends ChildTable> = Record<keyof (typeof CHILD_COLUMNS)[T], Cell>;

const COLUMN_NAMES = Object.fromEntries(CHILD_TABLES.map((table) => [table, Object.keys(CHILD_COLUMNS[table])])) as {
  [T in ChildTable]: Array<keyof RowOf<T>>;
};

/** A row's cells in the order of its table's columns (arrays are smaller as JSON and bind by position). */
function cells<T extends ChildTable>(table: T, row: RowOf<T>): Cell[] {
  return COLUMN_NAMES[table].map((column) => row[column]);
}

export const DOCUMENT_COLUMNS = [
  'id',
  'hash',
  'source',
  'url',
  'outlet',
  'title',
  'published',
  'text',
  'record',
  'dict_version',
  'ingested_at',
  'coded_at',
  'minhash',
  'shingles',
  'knowledge',
  'event_count',
  'relation_count',
] as const;

export type DocumentRow = Record<Exclude<(typeof DOCUMENT_COLUMNS)[number], 'minhash' | 'shingles' | 'event_count' | 'relation_count'>, string | null> & {
  id: string;
  hash: string;
  source: string;
  outlet: string;
  text: string;
  record: string;
  ingested_at: string;
  coded_at: string;
  /** The MinHash signature as bytes (see dedup/fingerprint.ts), null for a text without words. */
  minhash: Uint8Array | null;
  shingles: number;
  /** The knowledge relations of the record as JSON [[n, fact id], …] (n: its place in the record's relations), or null. */
  knowledge: string | null;
  event_count: number;
  relation_count: number;
};

/** Each child table's rows, as cells in CHILD_COLUMNS order. */
export type ChildRows = Record<ChildTable, Cell[][]>;

/**
 * A record ready to store, made on the thread that coded it: the record's text, the rest as JSON (the
 * documents.record column) without its events and relations, which are kept as rows only, and the rows of the
 * child tables as JSON. Knowledge relations (the same dictionary facts in every article naming an actor) are
 * stored once each, in the knowledge table: `facts` holds each one's place in the record and its JSON. Only
 * strings and numbers, so it crosses to the store's writer thread for a fraction of what copying the record's
 * objects costs, and the writer reads its rows without parsing the whole record.
 */
export type StoredRecord = Pick<DocRecord, 'id' | 'source' | 'url' | 'title' | 'published' | 'text'> & {
  json: string;
  /** ChildRows as JSON. */
  children: string;
  facts: Fact[];
  sentences: number;
  events: number;
  relations: number;
};

/** A knowledge relation of a record: its place among the record's relations and its JSON. */
export type Fact = [n: number, json: string];

/**
 * A StoredRecord as rows: the document's with its fingerprint, and the children. `bands`: the LSH band keys
 * under which the document is found as a near-duplicate candidate. `document.knowledge` is filled in by the
 * writer once it knows the facts' ids (see knowledgeRefs).
 */
export type FlatRecord = { document: DocumentRow; children: string; facts: Fact[]; print: Fingerprint; bands: number[]; sentences: number; events: number };

/** The knowledge table's columns besides id and fact (the relation's JSON, which it is given back from). */
export const FACT_COLUMNS = ['subject', 'predicate', 'object', 'count', 'date', 'rule', 'note', 'conflict'] as const;

/** A fact's cells in FACT_COLUMNS order. */
export function factCells(json: string): Cell[] {
  const relation = JSON.parse(json) as Relation;
  return [relation.subject, relation.predicate, relation.object, relation.count ?? null, relation.date, relation.rule ?? null, relation.note ?? null, relation.conflict ?? null];
}

/** Sets each document's knowledge column from the ids of its facts. */
export function knowledgeRefs(flats: FlatRecord[], ids: ReadonlyMap<string, number>): void {
  for (const flat of flats) {
    flat.document.knowledge = flat.facts.length ? JSON.stringify(flat.facts.map(([n, json]) => [n, ids.get(json)])) : null;
  }
}

/**
 * Identity of an article's wording: Unicode-normalised, case-folded, whitespace collapsed. The same story
 * fetched twice (or syndicated under another URL) hashes the same.
 */
export function textHash(text: string): string {
  const normal = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normal).digest('hex').slice(0, 32);
}

/** The publisher an article counts for in NumSources: its URL's host, else where it was read from. */
export function outletOf(url: string | null, source: string): string {
  for (const candidate of [url, source]) {
    if (!candidate || !/^https?:\/\//i.test(candidate)) continue;
    try {
      return new URL(candidate).hostname.toLowerCase().replace(/^www\./, '');
    } catch {
    }
  }
  return source;
}

/** The record's relations in its order: its text relation rows and, by the document's knowledge references, its facts (rows of id, fact). */
export function relationsOf(textRows: DbRow[], knowledge: unknown, facts: DbRow[]): Relation[] {
  const refs = refsOf(knowledge);
  const byId = new Map(facts.map((fact) => [Number(fact.id), String(fact.fact)]));
  const relations: Relation[] = new Array<Relation>(textRows.length + refs.length);
  for (const row of textRows) relations[Number(row.n)] = textRelationOf(row);
  for (const [n, id] of refs) relations[n] = JSON.parse(byId.get(id) ?? 'null') as Relation;
  return relations;
}

const refsOf = (knowledge: unknown): Array<[number, number]> => (knowledge === null ? [] : (JSON.parse(String(knowledge)) as Array<[number, number]>));

/** The fact ids a document's knowledge column refers to. */
export const factIds = (knowledge: unknown): number[] => refsOf(knowledge).map(([, id]) => id);

/** The document_knowledge rows (fact, doc, n) of document `doc` with the knowledge column `knowledge`. */
export const links = (knowledge: unknown, doc: number): Array<[number, number, number]> => refsOf(knowledge).map(([n, id]) => [id, doc, n]);

/**
 * The record a stored text, record JSON (without events and relations), event rows and relations (text
 * relation rows and knowledge facts, in the record's order) give back, its fields in the record's order.
 */
export function recordOf(text: string, json: string, events: Event[], relations: Relation[]): DocRecord {
  const { dyad, id, source, url, title, published, removed, sentences, actors, people, quotes, places, times, warnings } = JSON.parse(json) as Omit<
    DocRecord,
    'text' | 'events' | 'relations'
  >;
  return { dyad, id, source, url, title, published, text, removed, sentences, actors, people, events, quotes, places, times, relations, warnings };
}

/** How a group of documents is written: the dictionary version, when, and whether near-duplicates are merged. */
export type WriteMeta = { dictVersion: string | null; at: string; near: boolean };

/** A record as a writer receives it: as coded, or already turned into its stored form by the caller. */
export type WriteItem = DocRecord | StoredRecord;

/** The stored form of a write item, made here unless the caller made it. */
export const asStored = (item: WriteItem): StoredRecord => ('children' in item ? item : storedRecord(item));

/** The document's row: what the writer adds to a StoredRecord (its fingerprint, hash, outlet and times). */
export function flatten(item: WriteItem, { dictVersion, at }: WriteMeta): FlatRecord {
  const stored = asStored(item);
  const { text } = stored;
  const print = fingerprint(text);
  const bands = bandKeys(print);
  return {
    print,
    bands,
    facts: stored.facts,
    sentences: stored.sentences,
    events: stored.events,
    children: stored.children,
    document: {
      id: stored.id,
      hash: textHash(text),
      source: stored.source,
      url: stored.url,
      outlet: outletOf(stored.url, stored.source),
      title: stored.title,
      published: stored.published,
      text,
      record: stored.json,
      dict_version: dictVersion,
      ingested_at: at,
      coded_at: at,
      minhash: bands.length ? minhashBytes(print) : null,
      shingles: print.shingles,
      knowledge: null,
      event_count: stored.events,
      relation_count: stored.relations,
    },
  };
}

export function storedRecord(record: DocRecord): StoredRecord {
  // Records written before relations were read carry none.
  const { text, events, relations = [], ...rest } = record;
  const slice = (start: number, end: number): string => text.slice(start, end);
  const names = new Map<string, string>();
  for (const actor of record.actors) if (!names.has(actor.code)) names.set(actor.code, actor.name);
  const facts: Fact[] = [];
  const textRelations: Array<[Relation, number]> = [];
  relations.forEach((relation, n) => {
    if (relation.from === 'knowledge') facts.push([n, JSON.stringify(relation)]);
    else textRelations.push([relation, n]);
  });
  const children: ChildRows = {
    events: events.map((e, n) =>
      cells('events', {
        n,
        sentence: e.sentence,
        date: e.date,
        source: e.source,
        source_name: names.get(e.source) ?? null,
        source_text: e.sourceMention?.text ?? null,
        target: e.target,
        target_name: e.target === null ? null : (names.get(e.target) ?? null),
        target_text: e.targetMention?.text ?? null,
        cameo: e.cameo,
        root: e.root,
        quad: e.quad,
        goldstein: e.goldstein,
        plover_event: e.plover.event,
        plover_mode: e.plover.mode,
        negated: e.negated ? 1 : 0,
        mode: e.mode,
        place_name: e.place?.name ?? null,
        place_country: e.place?.country ?? null,
        place_lat: e.place?.lat ?? null,
        place_lon: e.place?.lon ?? null,
        evidence_start: e.evidence.start,
        evidence_end: e.evidence.end,
        evidence: slice(e.evidence.start, e.evidence.end),
        verb: e.verb.text,
        rule: e.rule,
        verb_start: e.verb.start,
        verb_end: e.verb.end,
        source_start: e.sourceMention?.start ?? null,
        source_end: e.sourceMention?.end ?? null,
        target_start: e.targetMention?.start ?? null,
        target_end: e.targetMention?.end ?? null,
        expanded_from: e.expandedFrom ?? null,
      }),
    ),
    quotes: record.quotes.map((q, n) =>
      cells('quotes', {
        n,
        kind: q.kind,
        speaker: q.speaker?.name ?? null,
        speaker_actor: q.speaker?.actor ?? null,
        speaker_start: q.speaker?.start ?? null,
        speaker_end: q.speaker?.end ?? null,
        cue: q.cue?.text ?? null,
        cue_start: q.cue?.start ?? null,
        cue_end: q.cue?.end ?? null,
        start_offset: q.start,
        end_offset: q.end,
        text: q.text,
      }),
    ),
    relations: textRelations.map(([r, n]) =>
      cells('relations', {
        n,
        subject: r.subject,
        predicate: r.predicate,
        object: r.object,
        count: r.count ?? null,
        date: r.date,
        origin: r.from,
        evidence_start: r.evidence?.start ?? null,
        evidence_end: r.evidence?.end ?? null,
        evidence: r.evidence ? slice(r.evidence.start, r.evidence.end) : null,
        rule: r.rule ?? null,
        note: r.note ?? null,
        conflict: r.conflict ?? null,
      }),
    ),
  };
  return {
    id: record.id,
    source: record.source,
    url: record.url,
    title: record.title,
    published: record.published,
    text,
    json: JSON.stringify(rest),
    children: JSON.stringify(children),
    facts,
    sentences: record.sentences.length,
    events: events.length,
    relations: relations.length,
  };
}
