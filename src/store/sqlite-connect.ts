// A connection to a SQLite store file with the settings every connection of it uses.
import Database from 'better-sqlite3';

export function connectSqlite(path: string): Database.Database {
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
  // Statement journals in memory rather than in temporary files (each was a write system call per page).
  db.pragma('temp_store = MEMORY');
  return db;
}
