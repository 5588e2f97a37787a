// A DocRecord flattened into the rows of each table. Both backends insert exactly these rows; the column
// lists here are the tables' columns after the latest migration (besides `doc`, which the backend supplies).
import { createHash } from 'node:crypto';
import { bandKeys, fingerprint, minhashBytes, type Fingerprint } from '../dedup/fingerprint.ts';
import type { DocRecord } from '../record.ts';

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

/** Child tables and their columns with the PostgreSQL type used to read them from JSON. */
export const CHILD_COLUMNS = {
  sentences: { n: 'int', start_offset: 'int', end_offset: 'int' },
  actors: { n: 'int', code: 'text', name: 'text', kind: 'text' },
  people: { n: 'int', name: 'text', role: 'text', actor: 'text' },
  places: { n: 'int', name: 'text', country: 'text', lat: 'float8', lon: 'float8' },
  mentions: { layer: 'text', n: 'int', m: 'int', start_offset: 'int', end_offset: 'int', text: 'text', via: 'text' },
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

/** `bands`: the LSH band keys under which the document is found as a near-duplicate candidate. */
export type FlatRecord = { document: DocumentRow; children: Record<ChildTable, Row[]>; print: Fingerprint; bands: number[] };

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

/** The record minus its text (stored in its own column), as JSON. */
export function recordJson(record: DocRecord): string {
  const { text: _text, ...rest } = record;
  return JSON.stringify(rest);
}

export function flatten(record: DocRecord, dictVersion: string | null, at: string): FlatRecord {
  const text = record.text;
  const slice = (start: number, end: number): string => text.slice(start, end);
  const names = new Map<string, string>();
  for (const actor of record.actors) if (!names.has(actor.code)) names.set(actor.code, actor.name);

  const mentions: Row[] = [];
  record.actors.forEach((actor, n) =>
    actor.mentions.forEach((mention, m) =>
      mentions.push({ layer: 'actor', n, m, start_offset: mention.start, end_offset: mention.end, text: mention.text, via: mention.via ?? null }),
    ),
  );
  record.people.forEach((person, n) =>
    person.mentions.forEach((mention, m) =>
      mentions.push({ layer: 'person', n, m, start_offset: mention.start, end_offset: mention.end, text: mention.text, via: null }),
    ),
  );
  record.places.forEach((place, n) =>
    place.mentions.forEach((mention, m) =>
      mentions.push({ layer: 'place', n, m, start_offset: mention.start, end_offset: mention.end, text: mention.text, via: null }),
    ),
  );

  const print = fingerprint(text);
  const bands = bandKeys(print);
  return {
    print,
    bands,
    document: {
      id: record.id,
      hash: textHash(text),
      source: record.source,
      url: record.url,
      outlet: outletOf(record.url, record.source),
      title: record.title,
      published: record.published,
      text,
      record: recordJson(record),
      dict_version: dictVersion,
      ingested_at: at,
      coded_at: at,
      minhash: bands.length ? minhashBytes(print) : null,
      shingles: print.shingles,
    },
    children: {
      sentences: record.sentences.map((s, n) => ({ n, start_offset: s.start, end_offset: s.end })),
      actors: record.actors.map((a, n) => ({ n, code: a.code, name: a.name, kind: a.kind })),
      people: record.people.map((p, n) => ({ n, name: p.name, role: p.role, actor: p.actor })),
      places: record.places.map((p, n) => ({ n, name: p.name, country: p.country, lat: p.lat, lon: p.lon })),
      mentions,
      events: record.events.map((e, n) => ({
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
      })),
      quotes: record.quotes.map((q, n) => ({
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
      })),
      // Records written before relations were read carry none.
      relations: (record.relations ?? []).map((r, n) => ({
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
      })),
    },
  };
}
