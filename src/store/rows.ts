// A DocRecord flattened into the rows of each table. Both backends insert exactly these rows; the column
// lists here are the tables' columns after the latest migration (besides `doc`, which the backend supplies).
import { createHash } from 'node:crypto';
import { bandKeys, fingerprint, minhashBytes, type Fingerprint } from '../dedup/fingerprint.ts';
import type { DocRecord } from '../record.ts';

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
] as const;

export type DocumentRow = Record<Exclude<(typeof DOCUMENT_COLUMNS)[number], 'minhash' | 'shingles'>, string | null> & {
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
};

/** Each child table's rows, as cells in CHILD_COLUMNS order. */
export type ChildRows = Record<ChildTable, Cell[][]>;

/**
 * A record ready to store, made on the thread that coded it: the record's text, the rest as JSON (the
 * documents.record column), and the rows of the child tables as JSON. Only strings and numbers, so it
 * crosses to the SQLite writer thread for a fraction of what copying the record's objects costs, and the
 * writer reads its rows without parsing the whole record.
 */
export type StoredRecord = Pick<DocRecord, 'id' | 'source' | 'url' | 'title' | 'published' | 'text'> & {
  json: string;
  /** ChildRows as JSON. */
  children: string;
  sentences: number;
  events: number;
};

/**
 * A StoredRecord as rows: the document's with its fingerprint, and the children. `bands`: the LSH band keys
 * under which the document is found as a near-duplicate candidate.
 */
export type FlatRecord = { document: DocumentRow; children: string; print: Fingerprint; bands: number[]; sentences: number; events: number };

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

/** The record a stored text and record JSON hold, its fields in the record's order. */
export function recordOf(text: string, json: string): DocRecord {
  const { dyad, id, source, url, title, published, ...rest } = JSON.parse(json) as Omit<DocRecord, 'text'>;
  return { dyad, id, source, url, title, published, text, ...rest };
}

/** How a group of documents is written: the dictionary version, when, and whether near-duplicates are merged. */
export type WriteMeta = { dictVersion: string | null; at: string; near: boolean };

/** The document's row: what the writer adds to a StoredRecord (its fingerprint, hash, outlet and times). */
export function flatten(stored: StoredRecord, { dictVersion, at }: WriteMeta): FlatRecord {
  const { text } = stored;
  const print = fingerprint(text);
  const bands = bandKeys(print);
  return {
    print,
    bands,
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
    },
  };
}

export function storedRecord(record: DocRecord): StoredRecord {
  const { text, ...rest } = record;
  const slice = (start: number, end: number): string => text.slice(start, end);
  const names = new Map<string, string>();
  for (const actor of record.actors) if (!names.has(actor.code)) names.set(actor.code, actor.name);
  const children: ChildRows = {
    events: record.events.map((e, n) =>
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
    // Records written before relations were read carry none.
    relations: (record.relations ?? []).map((r, n) =>
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
    sentences: record.sentences.length,
    events: record.events.length,
  };
}
