// The embedded backend: one SQLite file through better-sqlite3 (synchronous, so each transaction runs whole
// before anything else can touch its connection). WAL journal: a kill mid-write rolls back on next open.
import type Database from 'better-sqlite3';
import { createStore, type Engine } from './core.ts';
import type { DbRow } from './map.ts';
import { MIGRATIONS } from './migrations.ts';
import { backfillPrints, type PrintRow } from './near.ts';
import { after, fts5Query, type Dialect, type Sql } from './query.ts';
import { connectSqlite } from './sqlite-connect.ts';
import { remoteWriter } from './remote-writer.ts';
import { asStored } from './rows.ts';
import { asWriter, createSqliteWriter } from './sqlite-writer.ts';
import type { Store } from './types.ts';
import { ticketless } from './writer.ts';

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
  factsOf: (ref) => `SELECT value ->> 1 FROM json_each((SELECT knowledge FROM documents WHERE id = ${ref}))`,
  arrayLength: (column) => `coalesce(json_array_length(${column}), 0)`,
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

export async function openSqlite(path: string, { writes = false }: { writes?: boolean } = {}): Promise<Store> {
  const db = connectSqlite(path);
  migrate(db);
  const unprinted = db.prepare('SELECT doc, text FROM documents WHERE shingles IS NULL ORDER BY doc LIMIT 500');
  const setPrint = db.prepare('UPDATE documents SET minhash = ?, shingles = ? WHERE doc = ?');
  const addBand = db.prepare('INSERT OR IGNORE INTO document_bands (key, doc) VALUES (?, ?)');
  const writePrints = db.transaction((rows: PrintRow[]) => {
    for (const row of rows) {
      setPrint.run(row.minhash, row.shingles, row.doc);
      for (const key of row.bands) addBand.run(key, row.doc);
    }
  });
  await backfillPrints(
    async () => unprinted.all() as Array<{ doc: number; text: string }>,
    async (rows) => writePrints.immediate(rows),
  );
  // Writes go to a thread of their own, so that storing overlaps coding; reads stay on this connection (WAL
  // lets them see every committed group). An in-memory database exists in one connection only.
  const inMemory = path === '' || path === ':memory:' || path.startsWith('file::memory:');
  const remote = inMemory ? null : remoteWriter({ backend: 'sqlite', path }, writes);
  const writer = remote ?? asWriter(createSqliteWriter(db), () => undefined);

  const engine: Engine = {
    backend: 'sqlite',
    analyzesItself: false,
    dialect,
    all: async (sql: Sql) => db.prepare(sql.text).all(...sql.values) as DbRow[],
    async *iterate(sql: Sql) {
      for (const row of db.prepare(sql.text).iterate(...sql.values)) yield row as DbRow;
    },
    put: writer.put,
    putMany: remote ? remote.putMany : (items, meta) => writer.putMany(ticketless(items), meta),
    // A staged record goes to the writer thread at once and is made into rows there: copied as it was coded, it
    // is garbage at once here, and making rows on this thread cost the coding thread more than the copy.
    stage: remote ? remote.stage : asStored,
    replace: writer.replace,
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
      await writer.close();
      db.close();
    },
  };
  return createStore(engine);
}
