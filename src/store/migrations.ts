// Versioned schema migrations. A migration, once released, is never edited: changes go in a new one.
// Each runs in its own transaction and is recorded in schema_migrations.
export type Migration = { version: number; name: string; sqlite: string; postgres: string };

const SQLITE_1 = `
CREATE TABLE documents (
  doc INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  url TEXT,
  outlet TEXT NOT NULL,
  title TEXT,
  published TEXT,
  text TEXT NOT NULL,
  record TEXT NOT NULL,
  dict_version TEXT,
  ingested_at TEXT NOT NULL,
  coded_at TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE document_sources (
  doc INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  source TEXT NOT NULL,
  url TEXT,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (doc, source)
) WITHOUT ROWID;
CREATE INDEX document_sources_url ON document_sources(url);

CREATE TABLE sentences (
  doc INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  n INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  PRIMARY KEY (doc, n)
) WITHOUT ROWID;

CREATE TABLE actors (
  doc INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  n INTEGER NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  PRIMARY KEY (doc, n)
) WITHOUT ROWID;
CREATE INDEX actors_code ON actors(code);

CREATE TABLE people (
  doc INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  n INTEGER NOT NULL,
  name TEXT NOT NULL,
  role TEXT,
  actor TEXT,
  PRIMARY KEY (doc, n)
) WITHOUT ROWID;
CREATE INDEX people_name ON people(name COLLATE NOCASE);
CREATE INDEX people_actor ON people(actor);

CREATE TABLE places (
  doc INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  n INTEGER NOT NULL,
  name TEXT NOT NULL,
  country TEXT,
  lat REAL,
  lon REAL,
  PRIMARY KEY (doc, n)
) WITHOUT ROWID;
CREATE INDEX places_country ON places(country);

CREATE TABLE mentions (
  doc INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  layer TEXT NOT NULL,
  n INTEGER NOT NULL,
  m INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  via TEXT,
  PRIMARY KEY (doc, layer, n, m)
) WITHOUT ROWID;

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  n INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  date TEXT,
  source TEXT NOT NULL,
  source_name TEXT,
  source_text TEXT,
  target TEXT,
  target_name TEXT,
  target_text TEXT,
  cameo TEXT NOT NULL,
  root TEXT NOT NULL,
  quad INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  plover_event TEXT,
  plover_mode TEXT,
  negated INTEGER NOT NULL,
  mode TEXT,
  place_name TEXT,
  place_country TEXT,
  place_lat REAL,
  place_lon REAL,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence TEXT NOT NULL,
  verb TEXT NOT NULL,
  rule TEXT NOT NULL,
  UNIQUE (doc, n)
);
CREATE INDEX events_source_date ON events(source, date);
CREATE INDEX events_target_date ON events(target, date);
CREATE INDEX events_date ON events(date);
-- Roots are code prefixes, so the cameo index serves them; a quad class is too common to be worth an index.
CREATE INDEX events_cameo_date ON events(cameo, date);
CREATE INDEX events_country_date ON events(place_country, date);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  n INTEGER NOT NULL,
  kind TEXT NOT NULL,
  speaker TEXT,
  speaker_actor TEXT,
  speaker_start INTEGER,
  speaker_end INTEGER,
  cue TEXT,
  cue_start INTEGER,
  cue_end INTEGER,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  UNIQUE (doc, n)
);
CREATE INDEX quotes_speaker ON quotes(speaker COLLATE NOCASE);
CREATE INDEX quotes_speaker_actor ON quotes(speaker_actor);

-- Full text: external-content FTS5 tables kept in step with their tables by triggers. Searches are "all
-- these words", never phrases, so the index keeps no positions (detail=none): smaller and quicker to write.
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='doc', tokenize='porter unicode61', detail=none);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.doc, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.doc, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.doc, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.doc, new.title, new.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id', tokenize='porter unicode61', detail=none);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
`;

const POSTGRES_1 = `
CREATE TABLE documents (
  doc integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE,
  hash text NOT NULL UNIQUE,
  source text NOT NULL,
  url text,
  outlet text NOT NULL,
  title text,
  published text,
  text text NOT NULL,
  record text NOT NULL,
  dict_version text,
  ingested_at text NOT NULL,
  coded_at text NOT NULL
);
CREATE INDEX documents_published ON documents(published);
-- Full text as expression indexes (queries repeat the expression), so no tsvector is stored in the rows.
CREATE INDEX documents_tsv ON documents USING gin ((to_tsvector('english', coalesce(title, '') || ' ' || text)));

CREATE TABLE document_sources (
  doc integer NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  source text NOT NULL,
  url text,
  seen_at text NOT NULL,
  PRIMARY KEY (doc, source)
);
CREATE INDEX document_sources_url ON document_sources(url);

CREATE TABLE sentences (
  doc integer NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  n integer NOT NULL,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  PRIMARY KEY (doc, n)
);

CREATE TABLE actors (
  doc integer NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  n integer NOT NULL,
  code text NOT NULL,
  name text NOT NULL,
  kind text NOT NULL,
  PRIMARY KEY (doc, n)
);
CREATE INDEX actors_code ON actors(code text_pattern_ops);

CREATE TABLE people (
  doc integer NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  n integer NOT NULL,
  name text NOT NULL,
  role text,
  actor text,
  PRIMARY KEY (doc, n)
);
CREATE INDEX people_name ON people(lower(name));
CREATE INDEX people_actor ON people(actor);

CREATE TABLE places (
  doc integer NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  n integer NOT NULL,
  name text NOT NULL,
  country text,
  lat double precision,
  lon double precision,
  PRIMARY KEY (doc, n)
);
CREATE INDEX places_country ON places(country);

CREATE TABLE mentions (
  doc integer NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  layer text NOT NULL,
  n integer NOT NULL,
  m integer NOT NULL,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  text text NOT NULL,
  via text,
  PRIMARY KEY (doc, layer, n, m)
);

CREATE TABLE events (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  doc integer NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  n integer NOT NULL,
  sentence integer NOT NULL,
  date text,
  source text NOT NULL,
  source_name text,
  source_text text,
  target text,
  target_name text,
  target_text text,
  cameo text NOT NULL,
  root text NOT NULL,
  quad integer NOT NULL,
  goldstein double precision NOT NULL,
  plover_event text,
  plover_mode text,
  negated boolean NOT NULL,
  mode text,
  place_name text,
  place_country text,
  place_lat double precision,
  place_lon double precision,
  evidence_start integer NOT NULL,
  evidence_end integer NOT NULL,
  evidence text NOT NULL,
  verb text NOT NULL,
  rule text NOT NULL,
  UNIQUE (doc, n)
);
-- text_pattern_ops (C ordering) so that code-prefix ranges use the index whatever the database collation.
CREATE INDEX events_source_date ON events(source text_pattern_ops, date);
CREATE INDEX events_target_date ON events(target text_pattern_ops, date);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_cameo_date ON events(cameo text_pattern_ops, date);
CREATE INDEX events_country_date ON events(place_country, date);

CREATE TABLE quotes (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  doc integer NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  n integer NOT NULL,
  kind text NOT NULL,
  speaker text,
  speaker_actor text,
  speaker_start integer,
  speaker_end integer,
  cue text,
  cue_start integer,
  cue_end integer,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  text text NOT NULL,
  UNIQUE (doc, n)
);
CREATE INDEX quotes_speaker ON quotes(lower(speaker));
CREATE INDEX quotes_speaker_actor ON quotes(speaker_actor text_pattern_ops);
CREATE INDEX quotes_tsv ON quotes USING gin ((to_tsvector('english', text)));
`;

// Actor filters are mostly a country (or IGO) prefix with a date range. Indexed on (first three letters, date,
// code), both are seeks; on (code, date) the whole code range had to be read to find the dates.
const SQLITE_2 = `
DROP INDEX events_source_date;
DROP INDEX events_target_date;
CREATE INDEX events_source_country_date ON events(substr(source, 1, 3), date, source);
CREATE INDEX events_target_country_date ON events(substr(target, 1, 3), date, target);
`;

const POSTGRES_2 = `
DROP INDEX events_source_date;
DROP INDEX events_target_date;
CREATE INDEX events_source_country_date ON events ((substr(source, 1, 3) COLLATE "C"), date, source text_pattern_ops);
CREATE INDEX events_target_country_date ON events ((substr(target, 1, 3) COLLATE "C"), date, target text_pattern_ops);
`;

// In PostgreSQL each foreign-key check is a trigger per inserted row: about a third of the server's work for a
// document (measured: ~300 of ~950 µs). Children are only ever written with their document in one statement
// or transaction, documents are never deleted, and Store.check() finds any row without its document; so the
// constraints go. SQLite's checks cost next to nothing there and stay.
const POSTGRES_3 = `
DO $$
DECLARE constraint_row record;
BEGIN
  FOR constraint_row IN
    SELECT conrelid::regclass AS tab, conname FROM pg_constraint
    WHERE contype = 'f' AND connamespace = current_schema()::regnamespace
  LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', constraint_row.tab, constraint_row.conname);
  END LOOP;
END $$;
`;

// Standing relations (memberships, partnerships, counts) read from the text or known on the article's date, one
// row each, so that they are queried by actor, predicate and date without reading every record. Documents stored
// before this migration get their rows from the relations kept in their record. `origin` is the record's `from`.
// Evidence is cut from the text by code points here (substr); new rows are cut by UTF-16 units, which differs
// only in texts with characters outside the Basic Multilingual Plane.
const SQLITE_4 = `
CREATE TABLE relations (
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  n INTEGER NOT NULL,
  subject TEXT NOT NULL,
  predicate TEXT NOT NULL,
  object TEXT NOT NULL,
  count REAL,
  date TEXT,
  origin TEXT NOT NULL,
  evidence_start INTEGER,
  evidence_end INTEGER,
  evidence TEXT,
  rule TEXT,
  note TEXT,
  conflict TEXT,
  UNIQUE (doc, n)
);
CREATE INDEX relations_subject_date ON relations(subject, date);
CREATE INDEX relations_object_date ON relations(object, date);
CREATE INDEX relations_predicate_date ON relations(predicate, date);
CREATE INDEX relations_date ON relations(date);
INSERT INTO relations (doc, n, subject, predicate, object, count, date, origin, evidence_start, evidence_end, evidence, rule, note, conflict)
SELECT d.doc, CAST(r.key AS INTEGER), json_extract(r.value, '$.subject'), json_extract(r.value, '$.predicate'),
  json_extract(r.value, '$.object'), json_extract(r.value, '$.count'), json_extract(r.value, '$.date'),
  json_extract(r.value, '$.from'), json_extract(r.value, '$.evidence.start'), json_extract(r.value, '$.evidence.end'),
  CASE WHEN json_extract(r.value, '$.evidence') IS NULL THEN NULL
    ELSE substr(d.text, json_extract(r.value, '$.evidence.start') + 1, json_extract(r.value, '$.evidence.end') - json_extract(r.value, '$.evidence.start')) END,
  json_extract(r.value, '$.rule'), json_extract(r.value, '$.note'), json_extract(r.value, '$.conflict')
FROM documents d, json_each(d.record, '$.relations') r;
`;

const POSTGRES_4 = `
CREATE TABLE relations (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  doc integer NOT NULL,
  n integer NOT NULL,
  subject text NOT NULL,
  predicate text NOT NULL,
  object text NOT NULL,
  count double precision,
  date text,
  origin text NOT NULL,
  evidence_start integer,
  evidence_end integer,
  evidence text,
  rule text,
  note text,
  conflict text,
  UNIQUE (doc, n)
);
CREATE INDEX relations_subject_date ON relations(subject text_pattern_ops, date);
CREATE INDEX relations_object_date ON relations(object text_pattern_ops, date);
CREATE INDEX relations_predicate_date ON relations(predicate, date);
CREATE INDEX relations_date ON relations(date);
INSERT INTO relations (doc, n, subject, predicate, object, count, date, origin, evidence_start, evidence_end, evidence, rule, note, conflict)
SELECT d.doc, CAST(r.n - 1 AS integer), r.value ->> 'subject', r.value ->> 'predicate', r.value ->> 'object',
  CAST(r.value ->> 'count' AS double precision), r.value ->> 'date', r.value ->> 'from',
  CAST(r.value -> 'evidence' ->> 'start' AS integer), CAST(r.value -> 'evidence' ->> 'end' AS integer),
  CASE WHEN json_typeof(r.value -> 'evidence') = 'object' THEN substr(d.text, CAST(r.value -> 'evidence' ->> 'start' AS integer) + 1,
    CAST(r.value -> 'evidence' ->> 'end' AS integer) - CAST(r.value -> 'evidence' ->> 'start' AS integer)) END,
  r.value ->> 'rule', r.value ->> 'note', r.value ->> 'conflict'
FROM documents d, json_array_elements(coalesce(d.record::json -> 'relations', '[]'::json)) WITH ORDINALITY AS r(value, n);
`;

// Near-duplicates against the store: each document's MinHash signature and shingle count, and its LSH band
// keys in a table indexed by key (see dedup/). Documents stored before this migration get theirs from the
// store when it is next opened (computing them needs the code in dedup/), found through documents_unprinted.
// Each source also records its outlet, so that stories count the outlets of every source of a document.
// Outlets of existing sources: the document's own for its first source, else the host of the http(s) URL, cut
// at the first '/', '?', '#' or ':' and without 'www.', as outletOf does, else the source as it is.
const outletBackfill = (position: string): string => `
UPDATE document_sources SET outlet = (SELECT d.outlet FROM documents d WHERE d.doc = document_sources.doc AND d.source = document_sources.source);
UPDATE document_sources SET outlet = lower(substr(coalesce(url, source), ${position}(coalesce(url, source), '://') + 3))
  WHERE outlet IS NULL AND (lower(coalesce(url, source)) LIKE 'http://%' OR lower(coalesce(url, source)) LIKE 'https://%');
${['/', '?', '#', ':']
  .map((cut) => `UPDATE document_sources SET outlet = substr(outlet, 1, ${position}(outlet, '${cut}') - 1) WHERE ${position}(outlet, '${cut}') > 0;`)
  .join('\n')}
UPDATE document_sources SET outlet = substr(outlet, 5) WHERE outlet LIKE 'www.%';
UPDATE document_sources SET outlet = source WHERE outlet IS NULL OR outlet = '';
`;

const SQLITE_5 = `
ALTER TABLE documents ADD COLUMN minhash BLOB;
ALTER TABLE documents ADD COLUMN shingles INTEGER;
CREATE INDEX documents_unprinted ON documents(doc) WHERE shingles IS NULL;
CREATE TABLE document_bands (
  key INTEGER NOT NULL,
  doc INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  PRIMARY KEY (key, doc)
) WITHOUT ROWID;
ALTER TABLE document_sources ADD COLUMN outlet TEXT;
${outletBackfill('instr')}`;

const POSTGRES_5 = `
ALTER TABLE documents ADD COLUMN minhash bytea, ADD COLUMN shingles integer;
CREATE INDEX documents_unprinted ON documents(doc) WHERE shingles IS NULL;
CREATE TABLE document_bands (
  key bigint NOT NULL,
  doc integer NOT NULL,
  PRIMARY KEY (key, doc)
);
ALTER TABLE document_sources ADD COLUMN outlet text;
${outletBackfill('strpos')}`;

// Storing a document must cost a fraction of coding it. Sentences, actors, people, places and their mentions were
// about 80 rows a document that no query read (the record JSON beside them holds the same), so their tables give
// way to views over the record, read-only and with the same columns. Indexes no query can use go: a speaker is
// matched as a substring, source URLs are never filtered on, and a predicate alone selects
// too much to be worth one. Sparse columns are indexed only where they have a value.
type ViewSql = {
  /** The elements of the JSON array at `key` of the record (or of element `parent`), as rows named `alias`. */
  rows(key: string, alias: string, parent?: string): string;
  /** An element's position in its array. */
  n(alias: string): string;
  /** A field of an element, as an integer, a real or text. */
  field(alias: string, key: string, type?: 'int' | 'real'): string;
};

const recordViews = ({ rows, n, field }: ViewSql): string => `
CREATE VIEW sentences AS SELECT d.doc, ${n('s')} AS n, ${field('s', 'start', 'int')} AS start_offset, ${field('s', 'end', 'int')} AS end_offset
  FROM documents d, ${rows('sentences', 's')};
CREATE VIEW actors AS SELECT d.doc, ${n('a')} AS n, ${field('a', 'code')} AS code, ${field('a', 'name')} AS name, ${field('a', 'kind')} AS kind
  FROM documents d, ${rows('actors', 'a')};
CREATE VIEW people AS SELECT d.doc, ${n('p')} AS n, ${field('p', 'name')} AS name, ${field('p', 'role')} AS role, ${field('p', 'actor')} AS actor
  FROM documents d, ${rows('people', 'p')};
CREATE VIEW places AS SELECT d.doc, ${n('p')} AS n, ${field('p', 'name')} AS name, ${field('p', 'country')} AS country,
    ${field('p', 'lat', 'real')} AS lat, ${field('p', 'lon', 'real')} AS lon
  FROM documents d, ${rows('places', 'p')};
CREATE VIEW mentions AS ${[
  ['actor', 'actors', field('m', 'via')],
  ['person', 'people', 'NULL'],
  ['place', 'places', 'NULL'],
]
  .map(
    ([layer, key, via]) => `SELECT d.doc, '${layer}' AS layer, ${n('x')} AS n, ${n('m')} AS m, ${field('m', 'start', 'int')} AS start_offset,
    ${field('m', 'end', 'int')} AS end_offset, ${field('m', 'text')} AS text, ${via} AS via
  FROM documents d, ${rows(key, 'x')}, ${rows('mentions', 'm', 'x')}`,
  )
  .join('\n  UNION ALL ')};
`;

const LEANER = `
DROP TABLE mentions;
DROP TABLE sentences;
DROP TABLE actors;
DROP TABLE people;
DROP TABLE places;
DROP INDEX document_sources_url;
DROP INDEX quotes_speaker;
DROP INDEX quotes_speaker_actor;
DROP INDEX events_country_date;
DROP INDEX relations_predicate_date;
`;

// The writer indexes each transaction's new documents and quotes for full text in one statement each (FTS5 costs
// much per statement), so the insert triggers go; those for updates and deletes stay.
const SQLITE_6 = `${LEANER}
DROP TRIGGER documents_fts_insert;
DROP TRIGGER quotes_fts_insert;
CREATE INDEX quotes_speaker_actor ON quotes(speaker_actor) WHERE speaker_actor IS NOT NULL;
CREATE INDEX events_country_date ON events(place_country, date) WHERE place_country IS NOT NULL;
${recordViews({
  rows: (key, alias, parent) => `json_each(${parent ? `${parent}.value` : 'd.record'}, '$.${key}') ${alias}`,
  n: (alias) => `${alias}.key`,
  field: (alias, key) => `${alias}.value ->> '${key}'`,
})}`;

// PostgreSQL compresses the record JSON with lz4 where the server has it (much cheaper to write than pglz).
const POSTGRES_6 = `${LEANER}
CREATE INDEX quotes_speaker_actor ON quotes(speaker_actor text_pattern_ops) WHERE speaker_actor IS NOT NULL;
CREATE INDEX events_country_date ON events(place_country, date) WHERE place_country IS NOT NULL;
DO $$
BEGIN
  ALTER TABLE documents ALTER COLUMN record SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN NULL;
END $$;
${recordViews({
  rows: (key, alias, parent) =>
    `json_array_elements(coalesce(${parent ? `${parent}.value` : 'd.record::json'} -> '${key}', '[]'::json)) WITH ORDINALITY AS ${alias}(value, ordinality)`,
  n: (alias) => `CAST(${alias}.ordinality - 1 AS integer)`,
  field: (alias, key, type) => {
    const text = `(${alias}.value ->> '${key}')`;
    return type === 'int' ? `CAST(${text} AS integer)` : type === 'real' ? `CAST(${text} AS double precision)` : text;
  },
})}`;

// PostgreSQL's ANALYZE (run after a large ingest) gathered statistics on every column and index expression: for
// the full-text indexes that meant computing to_tsvector again for every sampled document and quote, and for the
// evidence, record and text columns sorting long strings. No query filters, joins or groups on these, so they
// keep no statistics (full-text matches are then estimated at PostgreSQL's default selectivity): ANALYZE of a
// 1,000-document store took about 300 ms of server CPU, a quarter of coding those documents.
const UNFILTERED: Record<string, string[]> = {
  documents: ['source', 'url', 'outlet', 'title', 'text', 'record', 'dict_version', 'ingested_at', 'coded_at', 'minhash'],
  events: ['source_name', 'source_text', 'target_name', 'target_text', 'plover_event', 'plover_mode', 'place_lat', 'place_lon', 'evidence_start', 'evidence_end', 'evidence', 'verb', 'rule'],
  quotes: ['kind', 'speaker_start', 'speaker_end', 'cue', 'cue_start', 'cue_end', 'start_offset', 'end_offset', 'text'],
  relations: ['count', 'evidence_start', 'evidence_end', 'evidence', 'rule', 'note', 'conflict'],
};
const POSTGRES_7 = `${Object.entries(UNFILTERED)
  .map(([table, columns]) => `ALTER TABLE ${table} ${columns.map((column) => `ALTER COLUMN ${column} SET STATISTICS 0`).join(', ')};`)
  .join('\n')}
ALTER INDEX documents_tsv ALTER COLUMN 1 SET STATISTICS 0;
ALTER INDEX quotes_tsv ALTER COLUMN 1 SET STATISTICS 0;
`;

// Storing a document must cost under a quarter of coding it, and most of a record's JSON was its events and
// relations, which are rows too; and most relations were the same dictionary facts ("TUR member_of IGOUNO" with
// its note) repeated in every article naming the actor. Now events and text relations are kept as rows only (the
// events with what the record needs besides: the verb's and mentions' offsets, expandedFrom), knowledge relations
// once each in `knowledge` (`fact`: the relation's JSON as coded), linked to the documents holding them
// (`document_knowledge`, and `documents.knowledge`: [[place among the record's relations, fact id], …]), and the
// record JSON without events and relations; a record is put back together on read. The counts let Store.check()
// still find a document with rows missing.
const EVENT_EXTRAS: Array<[column: string, path: string[], type: 'int' | 'text']> = [
  ['verb_start', ['verb', 'start'], 'int'],
  ['verb_end', ['verb', 'end'], 'int'],
  ['source_start', ['sourceMention', 'start'], 'int'],
  ['source_end', ['sourceMention', 'end'], 'int'],
  ['target_start', ['targetMention', 'start'], 'int'],
  ['target_end', ['targetMention', 'end'], 'int'],
  ['expanded_from', ['expandedFrom'], 'text'],
];
const FACT_FIELDS: Array<[column: string, type: 'real' | 'text']> = [
  ['subject', 'text'],
  ['predicate', 'text'],
  ['object', 'text'],
  ['count', 'real'],
  ['date', 'text'],
  ['rule', 'text'],
  ['note', 'text'],
  ['conflict', 'text'],
];

const SQLITE_8 = `
${EVENT_EXTRAS.map(([column, , type]) => `ALTER TABLE events ADD COLUMN ${column} ${type === 'int' ? 'INTEGER' : 'TEXT'};`).join('\n')}
UPDATE events SET (${EVENT_EXTRAS.map(([column]) => column).join(', ')}) = (
  SELECT ${EVENT_EXTRAS.map(([, path]) => `x ->> '$.${path.join('.')}'`).join(', ')}
  FROM (SELECT json_extract(d.record, '$.events[' || events.n || ']') AS x FROM documents d WHERE d.doc = events.doc));
CREATE TABLE knowledge (
  id INTEGER PRIMARY KEY,
  fact TEXT NOT NULL UNIQUE,
  subject TEXT NOT NULL,
  predicate TEXT NOT NULL,
  object TEXT NOT NULL,
  count REAL,
  date TEXT,
  rule TEXT,
  note TEXT,
  conflict TEXT
);
CREATE INDEX knowledge_subject_date ON knowledge(subject, date);
CREATE INDEX knowledge_object_date ON knowledge(object, date);
CREATE TABLE document_knowledge (
  fact INTEGER NOT NULL,
  doc INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  n INTEGER NOT NULL,
  PRIMARY KEY (fact, doc, n)
) WITHOUT ROWID;
INSERT OR IGNORE INTO knowledge (fact, ${FACT_FIELDS.map(([column]) => column).join(', ')})
SELECT r.value, ${FACT_FIELDS.map(([column]) => `r.value ->> '$.${column}'`).join(', ')}
FROM documents d, json_each(d.record, '$.relations') r WHERE r.value ->> '$.from' = 'knowledge';
INSERT INTO document_knowledge (fact, doc, n)
SELECT k.id, d.doc, CAST(r.key AS INTEGER) FROM documents d, json_each(d.record, '$.relations') r JOIN knowledge k ON k.fact = r.value
WHERE r.value ->> '$.from' = 'knowledge';
DELETE FROM relations WHERE origin = 'knowledge';
ALTER TABLE documents ADD COLUMN knowledge TEXT;
ALTER TABLE documents ADD COLUMN event_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN relation_count INTEGER NOT NULL DEFAULT 0;
UPDATE documents SET
  knowledge = (SELECT nullif(json_group_array(json_array(CAST(r.key AS INTEGER), k.id)), '[]')
    FROM json_each(documents.record, '$.relations') r JOIN knowledge k ON k.fact = r.value WHERE r.value ->> '$.from' = 'knowledge'),
  event_count = json_array_length(record, '$.events'),
  relation_count = coalesce(json_array_length(record, '$.relations'), 0),
  record = json_remove(record, '$.events', '$.relations');
`;

// The elements of a record's array as json (not jsonb, which would reorder a fact's keys), numbered from 0.
const pgElements = (key: string, alias: string): string =>
  `json_array_elements(coalesce(d.record::json -> '${key}', '[]'::json)) WITH ORDINALITY AS ${alias}(value, ordinality)`;

const POSTGRES_8 = `
ALTER TABLE events ${EVENT_EXTRAS.map(([column, , type]) => `ADD COLUMN ${column} ${type === 'int' ? 'integer' : 'text'}`).join(', ')};
UPDATE events SET ${EVENT_EXTRAS.map(([column, path, type]) => {
  const value = `(x.value ${path.slice(0, -1).map((key) => `-> '${key}' `).join('')}->> '${path[path.length - 1]}')`;
  return `${column} = ${type === 'int' ? `CAST(${value} AS integer)` : value}`;
}).join(', ')}
FROM (SELECT d.doc, CAST(e.ordinality - 1 AS integer) AS n, e.value FROM documents d, ${pgElements('events', 'e')}) x
WHERE x.doc = events.doc AND x.n = events.n;
CREATE TABLE knowledge (
  id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  fact text NOT NULL UNIQUE,
  subject text NOT NULL,
  predicate text NOT NULL,
  object text NOT NULL,
  count double precision,
  date text,
  rule text,
  note text,
  conflict text
);
CREATE INDEX knowledge_subject_date ON knowledge(subject text_pattern_ops, date);
CREATE INDEX knowledge_object_date ON knowledge(object text_pattern_ops, date);
CREATE TABLE document_knowledge (
  fact integer NOT NULL,
  doc integer NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (fact, doc, n)
);
INSERT INTO knowledge (fact, ${FACT_FIELDS.map(([column]) => column).join(', ')})
SELECT DISTINCT r.value::text, ${FACT_FIELDS.map(([column, type]) => (type === 'real' ? `CAST(r.value ->> '${column}' AS double precision)` : `r.value ->> '${column}'`)).join(', ')}
FROM documents d, ${pgElements('relations', 'r')} WHERE r.value ->> 'from' = 'knowledge'
ON CONFLICT DO NOTHING;
INSERT INTO document_knowledge (fact, doc, n)
SELECT k.id, d.doc, CAST(r.ordinality - 1 AS integer) FROM documents d, ${pgElements('relations', 'r')}
JOIN knowledge k ON k.fact = r.value::text WHERE r.value ->> 'from' = 'knowledge';
DELETE FROM relations WHERE origin = 'knowledge';
ALTER TABLE documents ADD COLUMN knowledge text, ADD COLUMN event_count integer NOT NULL DEFAULT 0, ADD COLUMN relation_count integer NOT NULL DEFAULT 0;
UPDATE documents d SET
  knowledge = (SELECT json_agg(json_build_array(CAST(r.ordinality - 1 AS integer), k.id) ORDER BY r.ordinality)::text
    FROM ${pgElements('relations', 'r')} JOIN knowledge k ON k.fact = r.value::text WHERE r.value ->> 'from' = 'knowledge'),
  event_count = json_array_length(coalesce(d.record::json -> 'events', '[]'::json)),
  relation_count = json_array_length(coalesce(d.record::json -> 'relations', '[]'::json)),
  record = (SELECT json_object_agg(j.key, j.value ORDER BY j.ordinality)::text FROM json_each(d.record::json) WITH ORDINALITY AS j(key, value, ordinality)
    WHERE j.key NOT IN ('events', 'relations'));
ALTER TABLE knowledge ALTER COLUMN fact SET STATISTICS 0, ALTER COLUMN rule SET STATISTICS 0, ALTER COLUMN note SET STATISTICS 0, ALTER COLUMN conflict SET STATISTICS 0;
ALTER TABLE documents ALTER COLUMN knowledge SET STATISTICS 0, ALTER COLUMN event_count SET STATISTICS 0, ALTER COLUMN relation_count SET STATISTICS 0;
ALTER TABLE events ${EVENT_EXTRAS.map(([column]) => `ALTER COLUMN ${column} SET STATISTICS 0`).join(', ')};
`;

export const MIGRATIONS: Migration[] = [
  { version: 1, name: 'documents, annotations, events, quotes, full text', sqlite: SQLITE_1, postgres: POSTGRES_1 },
  { version: 2, name: 'actor indexes by country part and date', sqlite: SQLITE_2, postgres: POSTGRES_2 },
  { version: 3, name: 'no per-row foreign-key triggers in PostgreSQL', sqlite: '', postgres: POSTGRES_3 },
  { version: 4, name: 'relations: memberships, partnerships and counts, from text and knowledge', sqlite: SQLITE_4, postgres: POSTGRES_4 },
  { version: 5, name: 'near-duplicate fingerprints and band keys; outlet of each source', sqlite: SQLITE_5, postgres: POSTGRES_5 },
  { version: 6, name: 'record detail as views over the record JSON; only the indexes queries use', sqlite: SQLITE_6, postgres: POSTGRES_6 },
  { version: 7, name: 'no PostgreSQL statistics for columns no query filters', sqlite: '', postgres: POSTGRES_7 },
  { version: 8, name: 'events and relations as rows only; knowledge relations stored once', sqlite: SQLITE_8, postgres: POSTGRES_8 },
];
