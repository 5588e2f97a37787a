// Every write of the SQLite backend, on one connection: new documents (alone or in groups) and recodes. The
// same code runs in the writer thread (writer-thread.ts) or, for an in-memory database, on the caller's thread.
import type Database from 'better-sqlite3';
import type { DbRow } from './map.ts';
import { repeatOf } from './near.ts';
import { CHILD_COLUMNS, CHILD_TABLES, DOCUMENT_COLUMNS, type ChildTable, type FlatRecord } from './rows.ts';
import type { PutFailure, PutResult } from './types.ts';

export type SqliteWriter = {
  /** `near`: look for a near-duplicate among stored documents (false with keepNearDuplicates). */
  put(flat: FlatRecord, near: boolean): PutResult;
  putMany(flats: FlatRecord[], near: boolean): Array<PutResult | PutFailure>;
  replace(id: string, flat: FlatRecord): boolean;
};

export function createSqliteWriter(db: Database.Database): SqliteWriter {
  // What a new document may repeat: a stored one with its id or normalised text, or (near) one sharing a band key.
  const find = db.prepare<[string, string, number, string]>(
    `SELECT doc, id, hash, minhash, shingles FROM documents
      WHERE id = ? OR hash = ? OR (? AND doc IN (SELECT doc FROM document_bands WHERE key IN (SELECT value FROM json_each(?))))`,
  );
  const insertDocument = db.prepare(
    `INSERT INTO documents (${DOCUMENT_COLUMNS.join(', ')}) VALUES (${DOCUMENT_COLUMNS.map((c) => `@${c}`).join(', ')}) RETURNING doc`,
  );
  const addSource = db.prepare('INSERT OR IGNORE INTO document_sources (doc, source, url, outlet, seen_at) VALUES (?, ?, ?, ?, ?)');
  const addBand = db.prepare('INSERT OR IGNORE INTO document_bands (key, doc) VALUES (?, ?)');
  // The document key binds to `?`, the row's own columns by name straight from the row object.
  const insertChild = Object.fromEntries(
    CHILD_TABLES.map((table) => {
      const columns = Object.keys(CHILD_COLUMNS[table]);
      return [table, db.prepare(`INSERT INTO ${table} (doc, ${columns.join(', ')}) VALUES (?, ${columns.map((c) => `@${c}`).join(', ')})`)];
    }),
  ) as Record<ChildTable, Database.Statement>;
  const deleteChild = Object.fromEntries(CHILD_TABLES.map((table) => [table, db.prepare(`DELETE FROM ${table} WHERE doc = ?`)])) as Record<
    ChildTable,
    Database.Statement
  >;
  const findById = db.prepare<[string]>('SELECT doc FROM documents WHERE id = ?');
  const updateDocument = db.prepare(
    'UPDATE documents SET title = @title, published = @published, text = @text, record = @record, dict_version = @dict_version, coded_at = @coded_at WHERE doc = @doc',
  );

  const insertChildren = (doc: number, flat: FlatRecord): void => {
    for (const table of CHILD_TABLES) for (const row of flat.children[table]) insertChild[table].run(doc, row);
  };

  const source = (doc: number, { document }: FlatRecord): void => {
    addSource.run(doc, document.source, document.url, document.outlet, document.ingested_at);
  };

  /** One document's writes, inside a transaction the caller opened. */
  const store = (flat: FlatRecord, near: boolean): PutResult => {
    const { document } = flat;
    const repeat = repeatOf(flat, find.all(document.id, document.hash, near ? 1 : 0, JSON.stringify(flat.bands)) as DbRow[], near);
    if (repeat) {
      source(repeat.doc, flat);
      if (repeat.id === document.id) return { status: 'exists', id: document.id };
      return { status: 'duplicate', id: document.id, of: repeat.id, kind: repeat.kind, similarity: repeat.similarity };
    }
    const { doc } = insertDocument.get(document) as { doc: number };
    source(doc, flat);
    for (const key of flat.bands) addBand.run(key, doc);
    insertChildren(doc, flat);
    return { status: 'added', id: document.id, sentences: flat.children.sentences.length, events: flat.children.events.length };
  };

  const put = db.transaction(store);
  // No savepoint per document: a savepoint copies every page it first touches into a sub-journal, which was a
  // fifth of the cost of a group. A failing document rolls the group back instead, and putMany stores each
  // document again alone to keep the good ones and name the bad.
  const group = db.transaction((flats: FlatRecord[], near: boolean): PutResult[] => flats.map((flat) => store(flat, near)));

  const replace = db.transaction((id: string, flat: FlatRecord): boolean => {
    const row = findById.get(id) as { doc: number } | undefined;
    if (!row) return false;
    for (const table of CHILD_TABLES) deleteChild[table].run(row.doc);
    const { title, published, text, record, dict_version, coded_at } = flat.document;
    updateDocument.run({ doc: row.doc, title, published, text, record, dict_version, coded_at });
    insertChildren(row.doc, flat);
    return true;
  });

  return {
    put: (flat, near) => put.immediate(flat, near),
    putMany(flats, near) {
      try {
        return group.immediate(flats, near);
      } catch {
        return flats.map((flat) => {
          try {
            return put.immediate(flat, near);
          } catch (error) {
            return { status: 'failed', id: flat.document.id, error: (error as Error).message };
          }
        });
      }
    },
    replace: (id, flat) => replace.immediate(id, flat),
  };
}
