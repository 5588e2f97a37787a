// A pool of connections to a PostgreSQL store's schema with the settings every connection of it uses.
import pg from 'pg';

// int8 (counts, identities) as numbers: ids stay far below 2^53.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** `url` without a `schema` parameter; `schema` checked by the caller (letters, digits, underscores). */
export function connectPostgres(url: string, schema: string): pg.Pool {
  // Commits do not wait for the WAL flush: a server crash may lose the last moments of committed documents
  // (never part of one), as SQLite's WAL with synchronous=NORMAL may on power loss; ingest again to restore.
  const pool = new pg.Pool({ connectionString: url, max: 4, options: `-c search_path=${schema} -c synchronous_commit=off`, types });
  // An idle client's network error must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  return pool;
}

export const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;
