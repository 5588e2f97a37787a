// The team backend: PostgreSQL through a small pg pool for reads, and a writer thread with a pool of its own
// (postgres-writer.ts) for writes.
import type pg from 'pg';
import { createStore, type Engine } from './core.ts';
import type { DbRow } from './map.ts';
import { MIGRATIONS } from './migrations.ts';
import { backfillPrints } from './near.ts';
import { connectPostgres, quoteIdent } from './postgres-connect.ts';
import type { Dialect, Sql } from './query.ts';
import { remoteWriter } from './remote-writer.ts';
import { asStored } from './rows.ts';
import { ticketless } from './writer.ts';
import { TABLES, type Store } from './types.ts';

const dialect: Dialect = {
  param: (n) => `$${n}`,
  // LIKE on a text_pattern_ops index is a range scan whatever the collation. Codes are letters and digits.
  prefix: (column, value, bind) => `${column} LIKE ${bind(`${value}%`)}`,
  // C ordering, as in the index, so that ranges over letters mean the same in any database collation.
  countryOf: (column) => `(substr(${column}, 1, 3) COLLATE "C")`,
  // The expressions of the documents_tsv and quotes_tsv indexes, word for word.
  documentsMatching: (words, bind) =>
    `SELECT doc FROM documents WHERE to_tsvector('english', coalesce(title, '') || ' ' || text) @@ plainto_tsquery('english', ${bind(words)})`,
  quotesMatching: (words, bind) => `SELECT id FROM quotes WHERE to_tsvector('english', text) @@ plainto_tsquery('english', ${bind(words)})`,
  noLimit: '',
  bool: (value) => value,
  weekOf: (column) => `to_char(date_trunc('week', ${column}::timestamp), 'YYYY-MM-DD')`,
  containsInsensitive: (column, ref) => `${column} ILIKE ${ref} ESCAPE '\\'`,
  jsonLength: (column, key) => `json_array_length((${column})::json -> '${key}')`,
  factsOf: (ref) => `SELECT CAST(k.value ->> 1 AS integer) FROM json_array_elements((SELECT knowledge FROM documents WHERE id = ${ref})::json) AS k(value)`,
  arrayLength: (column) => `coalesce(json_array_length((${column})::json), 0)`,
};

export type PostgresOptions = { schema?: string; writes?: boolean };

/** `postgres://…[?schema=name]`: the schema (created if missing) keeps separate stores in one database apart. */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Store> {
  const parsed = new URL(url);
  const schema = options.schema ?? parsed.searchParams.get('schema') ?? 'public';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) throw new Error(`schema "${schema}" must be letters, digits and underscores`);
  parsed.searchParams.delete('schema');
  const pool = connectPostgres(parsed.toString(), schema);
  try {
    await migrate(pool, schema);
    await backfillPrints(
      async () => (await pool.query('SELECT doc, text FROM documents WHERE shingles IS NULL ORDER BY doc LIMIT 500')).rows,
      async (rows) => {
        await pool.query(
          `WITH p AS (UPDATE documents SET minhash = x.minhash, shingles = x.shingles
              FROM unnest($1::integer[], $2::bytea[], $3::integer[]) AS x(doc, minhash, shingles) WHERE documents.doc = x.doc)
            INSERT INTO document_bands (key, doc) SELECT * FROM unnest($4::bigint[], $5::integer[]) ON CONFLICT DO NOTHING`,
          [
            rows.map((row) => row.doc),
            rows.map((row) => row.minhash),
            rows.map((row) => row.shingles),
            rows.flatMap((row) => row.bands),
            rows.flatMap((row) => row.bands.map(() => row.doc)),
          ],
        );
      },
    );
  } catch (error) {
    await pool.end();
    throw new Error(`cannot open PostgreSQL store ${redact(parsed)}: ${(error as Error).message}`);
  }

  const writer = remoteWriter({ backend: 'postgres', url: parsed.toString(), schema }, options.writes);
  // Autovacuum analyzes tables as they change, but only where the server counts row changes.
  const { rows: settings } = await pool.query(`SELECT current_setting('autovacuum') = 'on' AND current_setting('track_counts') = 'on' AS on`);
  const analyzesItself = settings[0]?.on === true;

  const engine: Engine = {
    backend: 'postgres',
    analyzesItself,
    dialect,
    all: async (sql: Sql) => (await pool.query(sql.text, sql.values)).rows as DbRow[],
    async *iterate(sql: Sql) {
      const client = await pool.connect();
      let open = false;
      try {
        await client.query('BEGIN');
        open = true;
        await client.query(`DECLARE dyad_rows NO SCROLL CURSOR FOR ${sql.text}`, sql.values);
        for (;;) {
          const { rows } = await client.query('FETCH 2000 FROM dyad_rows');
          if (rows.length === 0) break;
          for (const row of rows) yield row as DbRow;
        }
      } finally {
        if (open) await client.query('ROLLBACK').catch(() => undefined);
        client.release();
      }
    },
    // Rows are made on this thread even for records not staged: the server shares the writer thread's core.
    put: (item, meta) => writer.put(asStored(item), meta),
    putMany: (items, meta) => writer.putMany(ticketless(items).map(asStored), meta),
    stage: asStored,
    replace: (id, item, meta) => writer.replace(id, asStored(item), meta),
    optimize: async () => {
      // Only this store's tables (a bare ANALYZE would visit every schema in the database), and not the band keys:
      // they are only ever probed one key at a time, and sampling their rows was a fifth of the ANALYZE.
      await pool.query(`ANALYZE ${TABLES.filter((table) => table !== 'document_bands').join(', ')}`);
    },
    async physicalCheck() {
      const { rows } = await pool.query(
        `SELECT conname FROM pg_constraint c JOIN pg_namespace s ON s.oid = c.connamespace WHERE s.nspname = $1 AND NOT c.convalidated`,
        [schema],
      );
      return rows.map((row: { conname: string }) => `constraint ${row.conname} is not validated`);
    },
    close: async () => {
      await writer.close();
      await pool.end();
    },
  };
  return createStore(engine);
}

async function migrate(pool: pg.Pool, schema: string): Promise<void> {
  const client = await pool.connect();
  try {
    // One migrator at a time per schema, across processes.
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [`dyad:${schema}`]);
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)');
      const { rows } = await client.query('SELECT version FROM schema_migrations');
      const applied = new Set(rows.map((row: { version: number }) => row.version));
      for (const migration of MIGRATIONS) {
        if (applied.has(migration.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(migration.postgres);
          await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
            migration.version,
            migration.name,
            new Date().toISOString(),
          ]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [`dyad:${schema}`]);
    }
  } finally {
    client.release();
  }
}

const redact = (url: URL): string => {
  const copy = new URL(url.toString());
  if (copy.password) copy.password = '***';
  return copy.toString();
};
