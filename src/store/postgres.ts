// The team backend: PostgreSQL through a small pg pool. A new document goes in as one statement (data-modifying
// CTEs, children passed as JSON row sets), which is one round trip and atomic by itself; one look-up before a
// group finds what its documents repeat.
import pg from 'pg';
import { createStore, type Engine } from './core.ts';
import type { DbRow } from './map.ts';
import { MIGRATIONS } from './migrations.ts';
import type { Dialect, Sql } from './query.ts';
import { backfillPrints, repeatOf } from './near.ts';
import { CHILD_COLUMNS, CHILD_TABLES, DOCUMENT_COLUMNS, type FlatRecord } from './rows.ts';
import { TABLES, type PutFailure, type PutResult, type Store } from './types.ts';

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
};

// int8 (counts, identities) as numbers: ids stay far below 2^53.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** INSERTs for every child table as CTEs over `d(doc)`, reading JSON row sets from parameters first… */
function childInserts(first: number): string[] {
  return CHILD_TABLES.map((table, i) => {
    const columns = Object.entries(CHILD_COLUMNS[table]);
    const names = columns.map(([name]) => quoteIdent(name));
    const definition = columns.map(([name, type]) => `${quoteIdent(name)} ${type}`).join(', ');
    return `c_${table} AS (INSERT INTO ${table} (doc, ${names.join(', ')})
      SELECT d.doc, ${names.map((n) => `x.${n}`).join(', ')} FROM d, json_to_recordset($${first + i}::json) AS x(${definition}))`;
  });
}

const childValues = (flat: FlatRecord): string[] => CHILD_TABLES.map((table) => JSON.stringify(flat.children[table]));

const n = DOCUMENT_COLUMNS.length;
const col = (name: (typeof DOCUMENT_COLUMNS)[number]): string => `$${DOCUMENT_COLUMNS.indexOf(name) + 1}`;

const PUT_SQL = `WITH d AS (
    INSERT INTO documents (${DOCUMENT_COLUMNS.join(', ')}) VALUES (${DOCUMENT_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})
    ON CONFLICT DO NOTHING RETURNING doc
  ),
  c_sources AS (INSERT INTO document_sources (doc, source, url, outlet, seen_at) SELECT doc, ${col('source')}, ${col('url')}, ${col('outlet')}, ${col('ingested_at')} FROM d),
  c_bands AS (INSERT INTO document_bands (key, doc) SELECT DISTINCT k, d.doc FROM d, unnest($${n + CHILD_TABLES.length + 1}::bigint[]) AS k),
  ${childInserts(n + 1).join(',\n  ')}
  SELECT doc FROM d`;

// What new documents (a group's at once) may repeat: stored ones with their ids or normalised texts, or (near)
// ones sharing a band key, whose signatures are then compared.
const FIND_SQL = `SELECT doc, id, hash, minhash, shingles FROM documents
  WHERE id = ANY($1::text[]) OR hash = ANY($2::text[]) OR ($4 AND doc IN (SELECT doc FROM document_bands WHERE key = ANY($3::bigint[])))`;

const find = (client: pg.Pool | pg.PoolClient, flats: FlatRecord[], near: boolean): Promise<DbRow[]> =>
  client
    .query({
      name: 'dyad_find',
      text: FIND_SQL,
      values: [flats.map((f) => f.document.id), flats.map((f) => f.document.hash), flats.flatMap((f) => f.bands), near],
    })
    .then((result) => result.rows as DbRow[]);

const REPLACE_SQL = `WITH d AS (SELECT $1::integer AS doc),
  ${childInserts(2).join(',\n  ')}
  SELECT doc FROM d`;

const DELETE_CHILDREN_SQL = `WITH ${CHILD_TABLES.map((table) => `x_${table} AS (DELETE FROM ${table} WHERE doc = $1)`).join(', ')} SELECT 1`;

export type PostgresOptions = { schema?: string };

/** `postgres://…[?schema=name]`: the schema (created if missing) keeps separate stores in one database apart. */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Store> {
  const parsed = new URL(url);
  const schema = options.schema ?? parsed.searchParams.get('schema') ?? 'public';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) throw new Error(`schema "${schema}" must be letters, digits and underscores`);
  parsed.searchParams.delete('schema');
  // Commits do not wait for the WAL flush: a server crash may lose the last moments of committed documents
  // (never part of one), as SQLite's WAL with synchronous=NORMAL may on power loss; ingest again to restore.
  const pool = new pg.Pool({ connectionString: parsed.toString(), max: 4, options: `-c search_path=${schema} -c synchronous_commit=off`, types });
  // An idle client's network error must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
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

  const transaction = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };

  /**
   * Stores one document, or records it as another source of the one it repeats. `known`: what a look-up for
   * its group found (with the documents the group added before it), to save a round trip; else it looks.
   */
  async function store(flat: FlatRecord, near: boolean, client: pg.Pool | pg.PoolClient, known: DbRow[] | null): Promise<[PutResult, DbRow | null]> {
    const { document } = flat;
    let rows = known;
    // A concurrent writer can win the race for this id or hash; then this is a repeat of what it stored.
    for (let attempt = 0; attempt < 3; attempt++) {
      rows ??= await find(client, [flat], near);
      const repeat = repeatOf(flat, rows, near);
      if (repeat) {
        await client.query('INSERT INTO document_sources (doc, source, url, outlet, seen_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING', [
          repeat.doc,
          document.source,
          document.url,
          document.outlet,
          document.ingested_at,
        ]);
        if (repeat.id === document.id) return [{ status: 'exists', id: document.id }, null];
        return [{ status: 'duplicate', id: document.id, of: repeat.id, kind: repeat.kind, similarity: repeat.similarity }, null];
      }
      const values = [...DOCUMENT_COLUMNS.map((c) => document[c]), ...childValues(flat), flat.bands];
      const inserted = await client.query({ name: 'dyad_put', text: PUT_SQL, values });
      if (inserted.rowCount) {
        const row = { doc: inserted.rows[0].doc, id: document.id, hash: document.hash, minhash: document.minhash, shingles: document.shingles };
        return [{ status: 'added', id: document.id, sentences: flat.children.sentences.length, events: flat.children.events.length }, row];
      }
      rows = null;
    }
    throw new Error(`document ${document.id}: could not be stored or found after repeated conflicts`);
  }

  const put = async (flat: FlatRecord, near: boolean): Promise<PutResult> => (await store(flat, near, pool, null))[0];

  /**
   * The group in one transaction, after one look-up for all of it. An error aborts a PostgreSQL transaction,
   * so then the group is rolled back and each document stored alone, in its own transaction, to keep the good
   * ones and name the bad.
   */
  async function putMany(flats: FlatRecord[], near: boolean): Promise<Array<PutResult | PutFailure>> {
    try {
      return await transaction(async (client) => {
        const known = await find(client, flats, near);
        const results: PutResult[] = [];
        for (const flat of flats) {
          const [result, added] = await store(flat, near, client, known);
          results.push(result);
          if (added) known.push(added);
        }
        return results;
      });
    } catch {
      const results: Array<PutResult | PutFailure> = [];
      for (const flat of flats) {
        try {
          results.push(await put(flat, near));
        } catch (error) {
          results.push({ status: 'failed', id: flat.document.id, error: (error as Error).message });
        }
      }
      return results;
    }
  }

  async function replace(id: string, flat: FlatRecord): Promise<boolean> {
    return transaction(async (client) => {
      const found = await client.query('SELECT doc FROM documents WHERE id = $1 FOR UPDATE', [id]);
      const row = found.rows[0] as { doc: number } | undefined;
      if (!row) return false;
      await client.query(DELETE_CHILDREN_SQL, [row.doc]);
      const { title, published, text, record, dict_version, coded_at } = flat.document;
      await client.query(
        'UPDATE documents SET title = $2, published = $3, text = $4, record = $5, dict_version = $6, coded_at = $7 WHERE doc = $1',
        [row.doc, title, published, text, record, dict_version, coded_at],
      );
      await client.query({ name: 'dyad_replace', text: REPLACE_SQL, values: [row.doc, ...childValues(flat)] });
      return true;
    });
  }

  const engine: Engine = {
    backend: 'postgres',
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
    put,
    putMany,
    replace,
    optimize: async () => {
      // Only this store's tables (a bare ANALYZE would visit every schema in the database).
      await pool.query(`ANALYZE ${TABLES.join(', ')}`);
    },
    async physicalCheck() {
      const { rows } = await pool.query(
        `SELECT conname FROM pg_constraint c JOIN pg_namespace s ON s.oid = c.connamespace WHERE s.nspname = $1 AND NOT c.convalidated`,
        [schema],
      );
      return rows.map((row: { conname: string }) => `constraint ${row.conname} is not validated`);
    },
    close: () => pool.end(),
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
