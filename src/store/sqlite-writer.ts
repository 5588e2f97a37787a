// Every write of the SQLite backend, on one connection: new documents (alone or in groups) and recodes. The
// same code runs in the writer thread (writer-thread.ts) or, for an in-memory database, on the caller's thread.
// Documents arrive as the rows the caller made of them (see Store.stage), or as records turned into rows here, and
// are fingerprinted here, off the thread that codes.
import type Database from 'better-sqlite3';
import { connectSqlite } from './sqlite-connect.ts';
import type { DbRow } from './map.ts';
import { knownFrom, remember, repeatOf, type Known } from './near.ts';
import {
  CHILD_COLUMNS,
  CHILD_TABLES,
  DOCUMENT_COLUMNS,
  FACT_COLUMNS,
  factCells,
  flatten,
  knowledgeRefs,
  links,
  type ChildRows,
  type ChildTable,
  type FlatRecord,
  type WriteItem,
  type WriteMeta,
} from './rows.ts';
import type { PutFailure, PutResult } from './types.ts';
import type { Writer } from './writer.ts';

export type SqliteWriter = {
  put(item: WriteItem, meta: WriteMeta): PutResult;
  putMany(items: WriteItem[], meta: WriteMeta): Array<PutResult | PutFailure>;
  replace(id: string, item: WriteItem, meta: WriteMeta): boolean;
};

const placeholders = (count: number): string => Array.from({ length: count }, () => '?').join(', ');

export function createSqliteWriter(db: Database.Database): SqliteWriter {
  // What a group of new documents may repeat, in one look-up: stored documents with their ids or normalised
  // texts, or (near) sharing one of their band keys, with the key.
  const find = db.prepare<[string, string, number, string]>(
    `SELECT doc, id, hash, minhash, shingles, NULL AS key FROM documents
        WHERE id IN (SELECT value FROM json_each(?)) OR hash IN (SELECT value FROM json_each(?))
      UNION ALL
      SELECT d.doc, d.id, d.hash, d.minhash, d.shingles, b.key FROM document_bands b JOIN documents d ON d.doc = b.doc
        WHERE ? AND b.key IN (SELECT value FROM json_each(?))`,
  );
  const insertDocument = db.prepare(`INSERT INTO documents (${DOCUMENT_COLUMNS.join(', ')}) VALUES (${placeholders(DOCUMENT_COLUMNS.length)}) RETURNING doc`).pluck();
  const addSource = db.prepare('INSERT OR IGNORE INTO document_sources (doc, source, url, outlet, seen_at) VALUES (?, ?, ?, ?, ?)');
  const addBand = db.prepare('INSERT OR IGNORE INTO document_bands (key, doc) VALUES (?, ?)');
  // Cells bind by position: the document key, then the row's cells in CHILD_COLUMNS order.
  const insertChild = Object.fromEntries(
    CHILD_TABLES.map((table) => {
      const columns = Object.keys(CHILD_COLUMNS[table]);
      return [table, db.prepare(`INSERT INTO ${table} (doc, ${columns.join(', ')}) VALUES (?, ${placeholders(columns.length)})`)];
    }),
  ) as Record<ChildTable, Database.Statement>;
  const deleteChild = Object.fromEntries(CHILD_TABLES.map((table) => [table, db.prepare(`DELETE FROM ${table} WHERE doc = ?`)])) as Record<
    ChildTable,
    Database.Statement
  >;
  // Full text is indexed once per transaction for all its new rows: FTS5 pays a large fixed cost per statement
  // (several times the tokenising of a quote), so a trigger per row was most of what a quote cost to store.
  const indexDocuments = db.prepare('INSERT INTO documents_fts (rowid, title, text) SELECT doc, title, text FROM documents WHERE doc IN (SELECT value FROM json_each(?))');
  const indexQuotes = db.prepare('INSERT INTO quotes_fts (rowid, text) SELECT id, text FROM quotes WHERE doc IN (SELECT value FROM json_each(?))');
  const findById = db.prepare<[string]>('SELECT doc, knowledge FROM documents WHERE id = ?');
  const updateDocument = db.prepare(
    'UPDATE documents SET title = ?, published = ?, text = ?, record = ?, dict_version = ?, coded_at = ?, knowledge = ?, event_count = ?, relation_count = ? WHERE doc = ?',
  );
  const addFact = db.prepare(`INSERT INTO knowledge (fact, ${FACT_COLUMNS.join(', ')}) VALUES (?, ${placeholders(FACT_COLUMNS.length)}) ON CONFLICT (fact) DO NOTHING`);
  const factId = db.prepare<[string]>('SELECT id FROM knowledge WHERE fact = ?').pluck();
  const addLinks = db.prepare('INSERT INTO document_knowledge (fact, doc, n) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?)');
  const deleteLinks = db.prepare('DELETE FROM document_knowledge WHERE fact = ? AND doc = ? AND n = ?');
  // Ids of stored facts (the knowledge table), by their JSON. Facts are committed before the documents that
  // refer to them (a fact no document refers to is harmless), so no id here is of a write rolled back.
  const facts = new Map<string, number>();
  const storeFacts = db.transaction((missing: string[]): Array<[string, number]> =>
    missing.map((json) => {
      addFact.run(json, ...factCells(json));
      return [json, factId.get(json) as number];
    }),
  );
  const resolveFacts = (flats: FlatRecord[]): void => {
    const missing = [...new Set(flats.flatMap((flat) => flat.facts.map(([, json]) => json)))].filter((json) => !facts.has(json));
    if (missing.length) {
      // Bounded: facts carry the article's date, so a long ingest meets ever new ones.
      if (facts.size > 50_000) facts.clear();
      for (const [json, id] of storeFacts.immediate(missing)) facts.set(json, id);
    }
    knowledgeRefs(flats, facts);
  };

  const insertChildren = (doc: number, flat: FlatRecord): void => {
    const rows = JSON.parse(flat.children) as ChildRows;
    for (const table of CHILD_TABLES) for (const cells of rows[table]) insertChild[table].run(doc, ...cells);
  };

  const lookUp = (flats: FlatRecord[], near: boolean): Known =>
    knownFrom(
      find.all(
        JSON.stringify(flats.map((flat) => flat.document.id)),
        JSON.stringify(flats.map((flat) => flat.document.hash)),
        near ? 1 : 0,
        JSON.stringify(flats.flatMap((flat) => flat.bands)),
      ) as DbRow[],
    );

  /** A group's writes, inside a transaction the caller opened. */
  const store = (flats: FlatRecord[], near: boolean): PutResult[] => {
    const known = lookUp(flats, near);
    const added: number[] = [];
    const bands: Array<[number, number]> = [];
    const linked: Array<[number, number, number]> = [];
    const results = flats.map((flat): PutResult => {
      const { document } = flat;
      const repeat = repeatOf(flat, known, near);
      const doc = repeat?.doc ?? (insertDocument.get(...DOCUMENT_COLUMNS.map((column) => document[column])) as number);
      addSource.run(doc, document.source, document.url, document.outlet, document.ingested_at);
      if (repeat?.id === document.id) return { status: 'exists', id: document.id };
      if (repeat) return { status: 'duplicate', id: document.id, of: repeat.id, kind: repeat.kind, similarity: repeat.similarity };
      insertChildren(doc, flat);
      for (const key of flat.bands) bands.push([key, doc]);
      linked.push(...links(flat.document.knowledge, doc));
      remember(known, flat, doc);
      added.push(doc);
      return { status: 'added', id: document.id, sentences: flat.sentences, events: flat.events };
    });
    // In key order, so that neighbouring keys are written while their index page is at hand.
    for (const [key, doc] of bands.sort((a, b) => a[0] - b[0])) addBand.run(key, doc);
    if (linked.length) addLinks.run(JSON.stringify(linked.sort((a, b) => a[0] - b[0])));
    const docs = JSON.stringify(added);
    indexDocuments.run(docs);
    indexQuotes.run(docs);
    return results;
  };

  const put = db.transaction((flat: FlatRecord, near: boolean): PutResult => store([flat], near)[0]);
  // No savepoint per document: a savepoint copies every page it first touches into a sub-journal, which was a
  // fifth of the cost of a group. A failing document rolls the group back instead, and putMany stores each
  // document again alone to keep the good ones and name the bad.
  const group = db.transaction(store);

  const replace = db.transaction((id: string, flat: FlatRecord): boolean => {
    const found = findById.get(id) as { doc: number; knowledge: string | null } | undefined;
    if (found === undefined) return false;
    const { doc } = found;
    for (const table of CHILD_TABLES) deleteChild[table].run(doc);
    for (const [fact, , n] of links(found.knowledge, doc)) deleteLinks.run(fact, doc, n);
    const { title, published, text, record, dict_version, coded_at, knowledge, event_count, relation_count } = flat.document;
    updateDocument.run(title, published, text, record, dict_version, coded_at, knowledge, event_count, relation_count, doc);
    insertChildren(doc, flat);
    const linked = links(knowledge, doc);
    if (linked.length) addLinks.run(JSON.stringify(linked));
    indexQuotes.run(JSON.stringify([doc]));
    return true;
  });

  return {
    put(item, meta) {
      const flat = flatten(item, meta);
      resolveFacts([flat]);
      return put.immediate(flat, meta.near);
    },
    putMany(items, meta) {
      const flats = items.map((item) => flatten(item, meta));
      resolveFacts(flats);
      try {
        return group.immediate(flats, meta.near);
      } catch {
        return flats.map((one) => {
          try {
            return put.immediate(one, meta.near);
          } catch (error) {
            return { status: 'failed', id: one.document.id, error: (error as Error).message };
          }
        });
      }
    },
    replace(id, item, meta) {
      const flat = flatten(item, meta);
      resolveFacts([flat]);
      return replace.immediate(id, flat);
    },
  };
}

/** A SqliteWriter as the store calls it; `close` ends what it writes through. */
export function asWriter(writer: SqliteWriter, close: () => void): Writer {
  return {
    put: async (item, meta) => writer.put(item, meta),
    putMany: async (items, meta) => writer.putMany(items, meta),
    replace: async (id, item, meta) => writer.replace(id, item, meta),
    close: async () => close(),
  };
}

/** The writer of a writer thread: a connection of its own to the file at `path`. */
export function sqliteWriter(path: string): Writer {
  const db = connectSqlite(path);
  return asWriter(createSqliteWriter(db), () => db.close());
}
