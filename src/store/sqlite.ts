// The embedded backend: one SQLite file through better-sqlite3 (synchronous, so each transaction runs whole
// before anything else can touch the connection). WAL journal: a kill mid-write rolls back on next open.
import Database from 'better-sqlite3';
import { createStore, type Engine } from './core.ts';
import type { DbRow } from './map.ts';
import { MIGRATIONS } from './migrations.ts';
import { after, fts5Query, type Dialect, type Sql } from './query.ts';
import { CHILD_COLUMNS, CHILD_TABLES, DOCUMENT_COLUMNS, type ChildTable, type FlatRecord } from './rows.ts';
import type { PutFailure, PutResult, Store } from './types.ts';

const dialect: Dialect = {
  param: () => '?',
  prefix: (column, value, bind) => `(${column} >= ${bind(value)} AND ${column} < ${bind(after(value))})`,
  countryOf: (column) => `substr(${column}, 1, 3)`,
  documentsMatching: (words, bind) => `SELECT rowid FROM documents_fts WHERE documents_fts MATCH ${bind(fts5Query(words))}`,
  quotesMatching: (words, bind) => `SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ${bind(fts5Query(words))}`,
  noLimit: ' LIMIT -1',
  bool: (value) => (value ? 1 : 0),
  weekOf: (column) => `date(${column}, 'weekday 0', '-6 days')`,
  containsInsensitive: (column, ref) => `${column} LIKE ${ref} ESCAPE '\\'`,
  jsonLength: (column, key) => `json_array_length(${column}, '$.${key}')`,
};

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sqlite);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
  }
}

export function openSqlite(path: string): Store {
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (error) {
    throw new Error(`cannot open SQLite store ${path}: ${(error as Error).message}`);
  }
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a process crash never loses or tears a committed transaction; only power loss may
  // drop the last few commits, never leaving a partial one.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 10000');
  // 64 MB of page cache (the default is 2 MB): index pages of a large store stay in memory while writing.
  db.pragma('cache_size = -65536');
  migrate(db);

  const find = db.prepare<[string, string, string]>(
    'SELECT doc, id FROM documents WHERE id = ? OR hash = ? ORDER BY (id = ?) DESC LIMIT 1',
  );
  const insertDocument = db.prepare(
    `INSERT INTO documents (${DOCUMENT_COLUMNS.join(', ')}) VALUES (${DOCUMENT_COLUMNS.map((c) => `@${c}`).join(', ')}) RETURNING doc`,
  );
  const addSource = db.prepare('INSERT OR IGNORE INTO document_sources (doc, source, url, seen_at) VALUES (?, ?, ?, ?)');
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

  const put = db.transaction((flat: FlatRecord): PutResult => {
    const { document } = flat;
    const existing = find.get(document.id, document.hash, document.id) as { doc: number; id: string } | undefined;
    if (existing) {
      addSource.run(existing.doc, document.source, document.url, document.ingested_at);
      return existing.id === document.id ? { status: 'exists', id: document.id } : { status: 'duplicate', id: document.id, of: existing.id };
    }
    const { doc } = insertDocument.get(document) as { doc: number };
    addSource.run(doc, document.source, document.url, document.ingested_at);
    insertChildren(doc, flat);
    return { status: 'added', id: document.id, sentences: flat.children.sentences.length, events: flat.children.events.length };
  });

  // Called inside putMany's transaction, put runs under a savepoint: a failing document is undone alone.
  const putMany = db.transaction((flats: FlatRecord[]): Array<PutResult | PutFailure> =>
    flats.map((flat) => {
      try {
        return put(flat);
      } catch (error) {
        // Some errors (disk full, I/O) end the whole transaction; then nothing of the group can be kept.
        if (!db.inTransaction) throw error;
        return { status: 'failed', id: flat.document.id, error: (error as Error).message };
      }
    }),
  );

  const replace = db.transaction((id: string, flat: FlatRecord): boolean => {
    const row = findById.get(id) as { doc: number } | undefined;
    if (!row) return false;
    for (const table of CHILD_TABLES) deleteChild[table].run(row.doc);
    const { title, published, text, record, dict_version, coded_at } = flat.document;
    updateDocument.run({ doc: row.doc, title, published, text, record, dict_version, coded_at });
    insertChildren(row.doc, flat);
    return true;
  });

  const engine: Engine = {
    backend: 'sqlite',
    dialect,
    all: async (sql: Sql) => db.prepare(sql.text).all(...sql.values) as DbRow[],
    async *iterate(sql: Sql) {
      for (const row of db.prepare(sql.text).iterate(...sql.values)) yield row as DbRow;
    },
    put: async (flat) => put.immediate(flat),
    putMany: async (flats) => putMany.immediate(flats),
    replace: async (id, flat) => replace.immediate(id, flat),
    optimize: async () => {
      db.pragma('analysis_limit = 1000');
      db.exec('ANALYZE');
    },
    async physicalCheck() {
      const problems: string[] = [];
      const integrity = db.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
      const keys = db.pragma('foreign_key_check') as unknown[];
      if (keys.length) problems.push(`foreign_key_check: ${keys.length} rows point at missing documents`);
      for (const fts of ['documents_fts', 'quotes_fts']) {
        try {
          db.prepare(`INSERT INTO ${fts}(${fts}) VALUES ('integrity-check')`).run();
        } catch (error) {
          problems.push(`${fts}: ${(error as Error).message}`);
        }
      }
      return problems;
    },
    close: async () => {
      db.close();
    },
  };
  return createStore(engine);
}
