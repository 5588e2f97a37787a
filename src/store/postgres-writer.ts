// The PostgreSQL backend's writes, run in the store's writer thread on a pool of its own. A group's new
// documents go in as one statement (data-modifying CTEs, children passed as JSON row sets), which is one round
// trip and atomic by itself; one look-up before a group finds what its documents repeat.
import type pg from 'pg';
import type { DbRow } from './map.ts';
import { knownFrom, remember, repeatOf, type Known } from './near.ts';
import { connectPostgres, quoteIdent } from './postgres-connect.ts';
import { CHILD_COLUMNS, CHILD_TABLES, DOCUMENT_COLUMNS, FACT_COLUMNS, flatten, knowledgeRefs, type FlatRecord, type WriteItem, type WriteMeta } from './rows.ts';
import type { PutFailure, PutResult } from './types.ts';
import type { Writer } from './writer.ts';

const CAST: Record<string, string> = { int: '::int', float8: '::float8', boolean: '::int::boolean', text: '' };

/**
 * INSERTs for every child table as CTEs over `c(doc, rows)`: per document its key and its ChildRows as jsonb,
 * each row an array of cells in CHILD_COLUMNS order. Rows go in document order and then their own, so ids
 * follow the order of the records.
 */
const childInserts = CHILD_TABLES.map((table) => {
  const columns = Object.entries(CHILD_COLUMNS[table]);
  const cells = columns.map(([, type], i) => (type === 'text' ? `r.value ->> ${i}` : `(r.value ->> ${i})${CAST[type]}`));
  return `c_${table} AS (INSERT INTO ${table} (doc, ${columns.map(([name]) => quoteIdent(name)).join(', ')})
    SELECT c.doc, ${cells.join(', ')} FROM c, jsonb_array_elements(c.rows -> '${table}') WITH ORDINALITY AS r(value, n) ORDER BY c.doc, r.n)`;
}).join(',\n  ');

const INTEGER_COLUMNS = new Set<string>(['shingles', 'event_count', 'relation_count']);
/** Document columns sent as parameters of their own, one a document. */
const LONG_COLUMNS = ['text', 'record'] as const;
const SHORT_COLUMNS = DOCUMENT_COLUMNS.filter((column) => !(LONG_COLUMNS as readonly string[]).includes(column));

/** Knowledge links (fact, doc, n) of the new documents `p` from their knowledge column in `x`. */
const LINKS_SQL = `INSERT INTO document_knowledge (fact, doc, n)
    SELECT CAST(k.value ->> 1 AS integer), p.doc, CAST(k.value ->> 0 AS integer) FROM p JOIN x USING (i), json_array_elements(x.knowledge::json) AS k(value)
    WHERE x.knowledge IS NOT NULL`;

/**
 * A group's `n` new documents in one statement (atomic by itself, one round trip): the documents ($1: JSON
 * objects of their short columns and their number i in the group, the signature in hex; their texts and records
 * as parameters of their own from $11 on, which go as they are, where JSON escaped them and the server unescaped
 * them again), whatever of them no concurrent writer stored first (ON CONFLICT), each with its children ($2: the
 * group's ChildRows as a jsonb array), band keys ($3, $4: key and i) and sources ($5…: i of a new document or doc
 * of a stored one, source, url, outlet, seen_at: also those of the documents that repeat one). Answers doc and i
 * of each document stored.
 */
const putSql = (n: number): string => {
  const long = LONG_COLUMNS.map((_, k) => `ARRAY[${Array.from({ length: n }, (_, j) => `$${11 + k * n + j}`).join(', ')}]::text[]`);
  return `WITH x AS (
    SELECT * FROM json_to_recordset($1::json) AS s(i bigint, ${SHORT_COLUMNS.map((column) => `${quoteIdent(column)} ${INTEGER_COLUMNS.has(column) ? 'integer' : 'text'}`).join(', ')})
      JOIN unnest(${long.join(', ')}) WITH ORDINALITY AS l(${LONG_COLUMNS.join(', ')}, i) USING (i)
  ),
  d AS (
    INSERT INTO documents (${DOCUMENT_COLUMNS.join(', ')})
    SELECT ${DOCUMENT_COLUMNS.map((column) => (column === 'minhash' ? `decode(minhash, 'hex')` : quoteIdent(column))).join(', ')} FROM x ORDER BY i
    ON CONFLICT DO NOTHING RETURNING doc, id
  ),
  p AS (SELECT d.doc, x.i FROM d JOIN x USING (id)),
  c AS (SELECT p.doc, c.value AS rows FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS c(value, i) JOIN p USING (i)),
  c_bands AS (INSERT INTO document_bands (key, doc) SELECT DISTINCT k.key, p.doc FROM unnest($3::bigint[], $4::bigint[]) AS k(key, i) JOIN p USING (i)),
  c_sources AS (INSERT INTO document_sources (doc, source, url, outlet, seen_at)
    SELECT coalesce(p.doc, y.doc), y.source, y.url, y.outlet, y.seen_at
    FROM unnest($5::bigint[], $6::integer[], $7::text[], $8::text[], $9::text[], $10::text[]) AS y(i, doc, source, url, outlet, seen_at)
    LEFT JOIN p USING (i) WHERE coalesce(p.doc, y.doc) IS NOT NULL ON CONFLICT DO NOTHING),
  c_knowledge AS (${LINKS_SQL}),
  ${childInserts}
  SELECT doc, i FROM p`;
};

// What new documents (a group's at once) may repeat: stored ones with their ids or normalised texts, or (near)
// ones sharing a band key, with the key, whose signatures are then compared. Each key is one index probe (OFFSET 0
// keeps the planner from turning the probes into scans of whole tables, which it chose for 1,600 keys).
const FIND_SQL = `SELECT doc, id, hash, minhash, shingles, NULL::bigint AS key FROM documents WHERE id = ANY($1::text[]) OR hash = ANY($2::text[])
  UNION ALL
  SELECT d.doc, d.id, d.hash, d.minhash, d.shingles, b.key
  FROM unnest($3::bigint[]) AS k(key),
    LATERAL (SELECT doc, key FROM document_bands WHERE key = k.key OFFSET 0) AS b,
    LATERAL (SELECT * FROM documents WHERE doc = b.doc OFFSET 0) AS d
  WHERE $4`;

const find = async (client: pg.Pool | pg.PoolClient, flats: FlatRecord[], near: boolean): Promise<Known> =>
  knownFrom(
    (
      await client.query({
        name: 'dyad_find',
        text: FIND_SQL,
        values: [flats.map((f) => f.document.id), flats.map((f) => f.document.hash), flats.flatMap((f) => f.bands), near],
      })
    ).rows as DbRow[],
  );

const REPLACE_SQL = `WITH c AS (SELECT $1::integer AS doc, $2::jsonb AS rows),
  p AS (SELECT $1::integer AS doc, 1 AS i), x AS (SELECT 1 AS i, $3::text AS knowledge),
  c_knowledge AS (${LINKS_SQL}),
  ${childInserts}
  SELECT doc FROM c`;

/**
 * Stores the facts ($1: their JSON) not yet stored and answers the ids of all. A fact a concurrent writer stores
 * first is in neither branch (both read the statement's snapshot) and is asked for again.
 */
const FACTS_SQL = `WITH f AS (SELECT DISTINCT fact FROM unnest($1::text[]) AS f(fact)),
  added AS (INSERT INTO knowledge (fact, ${FACT_COLUMNS.join(', ')})
    SELECT f.fact, ${FACT_COLUMNS.map((column) => (column === 'count' ? `CAST(f.fact::json ->> 'count' AS double precision)` : `f.fact::json ->> '${column}'`)).join(', ')} FROM f
    ON CONFLICT (fact) DO NOTHING RETURNING id, fact)
  SELECT id, fact FROM added UNION ALL SELECT k.id, k.fact FROM knowledge k JOIN f USING (fact)`;

const DELETE_CHILDREN_SQL = `WITH ${CHILD_TABLES.map((table) => `x_${table} AS (DELETE FROM ${table} WHERE doc = $1)`).join(', ')},
  x_knowledge AS (DELETE FROM document_knowledge l USING json_array_elements(coalesce($2::json, '[]')) AS k(value)
    WHERE l.fact = CAST(k.value ->> 1 AS integer) AND l.doc = $1 AND l.n = CAST(k.value ->> 0 AS integer))
  SELECT 1`;

/** The writer of a writer thread: a pool of its own on the store's schema. */
export function postgresWriter(url: string, schema: string): Writer {
  const pool = connectPostgres(url, schema);

  // Ids of stored facts by their JSON (facts are committed before the documents that refer to them).
  const facts = new Map<string, number>();
  async function resolveFacts(flats: FlatRecord[]): Promise<void> {
    let missing = [...new Set(flats.flatMap((flat) => flat.facts.map(([, json]) => json)))].filter((json) => !facts.has(json));
    if (missing.length && facts.size > 50_000) facts.clear();
    for (let attempt = 0; attempt < 3 && missing.length; attempt++) {
      const { rows } = await pool.query({ name: 'dyad_facts', text: FACTS_SQL, values: [missing] });
      for (const row of rows as Array<{ id: number; fact: string }>) facts.set(row.fact, Number(row.id));
      missing = missing.filter((json) => !facts.has(json));
    }
    if (missing.length) throw new Error('knowledge facts could not be stored or found after repeated conflicts');
    knowledgeRefs(flats, facts);
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
   * Stores a group (see putSql) after one look-up for all of it. A document a concurrent writer stored first
   * (its id or text) comes back unstored, and is looked up and stored again, with those that repeat it.
   */
  async function storeGroup(flats: FlatRecord[], near: boolean): Promise<PutResult[]> {
    const results: Array<PutResult | null> = flats.map(() => null);
    let pending = flats.map((_, i) => i);
    for (let attempt = 0; attempt < 3 && pending.length > 0; attempt++) {
      const group = pending.map((i) => flats[i]);
      const known = await find(pool, group, near);
      // New documents are numbered 1… in the group and remembered under minus that number until stored. Each
      // document's source goes to the new document numbered `i`, or to the stored document `doc`.
      const added: FlatRecord[] = [];
      const repeats = group.map((flat) => {
        const repeat = repeatOf(flat, known, near);
        if (!repeat) {
          added.push(flat);
          remember(known, flat, -added.length);
        }
        return repeat;
      });
      let numbered = 0;
      const sources = repeats.map((repeat): { i: number | null; doc: number | null } => {
        if (!repeat) return { i: ++numbered, doc: null };
        return repeat.doc < 0 ? { i: -repeat.doc, doc: null } : { i: null, doc: repeat.doc };
      });
      const { rows } = await pool.query({
        name: `dyad_put_${added.length}`,
        text: putSql(added.length),
        values: [
          JSON.stringify(
            added.map(({ document }, k) => ({
              ...Object.fromEntries(SHORT_COLUMNS.map((column) => [column, document[column]])),
              i: k + 1,
              minhash: document.minhash && Buffer.from(document.minhash).toString('hex'),
            })),
          ),
          `[${added.map((flat) => flat.children).join(',')}]`,
          added.flatMap((flat) => flat.bands),
          added.flatMap((flat, k) => flat.bands.map(() => k + 1)),
          sources.map((source) => source.i),
          sources.map((source) => source.doc),
          group.map((flat) => flat.document.source),
          group.map((flat) => flat.document.url),
          group.map((flat) => flat.document.outlet),
          group.map((flat) => flat.document.ingested_at),
          ...LONG_COLUMNS.flatMap((column) => added.map(({ document }) => document[column])),
        ],
      });
      const stored = new Set(rows.map((row: { i: number }) => Number(row.i)));
      const next: number[] = [];
      group.forEach((flat, k) => {
        const repeat = repeats[k];
        const on = sources[k].i;
        if (on !== null && !stored.has(on)) {
          next.push(pending[k]);
          return;
        }
        const { id } = flat.document;
        results[pending[k]] = !repeat
          ? { status: 'added', id, sentences: flat.sentences, events: flat.events }
          : repeat.id === id
            ? { status: 'exists', id }
            : { status: 'duplicate', id, of: repeat.id, kind: repeat.kind, similarity: repeat.similarity };
      });
      pending = next;
    }
    if (pending.length > 0) throw new Error(`document ${flats[pending[0]].document.id}: could not be stored or found after repeated conflicts`);
    return results as PutResult[];
  }

  const put = async (item: WriteItem, meta: WriteMeta): Promise<PutResult> => {
    const flat = flatten(item, meta);
    await resolveFacts([flat]);
    return (await storeGroup([flat], meta.near))[0];
  };

  /**
   * The group in one statement. An error fails all of it, so then each document is stored alone, in its own
   * statement, to keep the good ones and name the bad.
   */
  async function putMany(items: WriteItem[], meta: WriteMeta): Promise<Array<PutResult | PutFailure>> {
    const flats = items.map((item) => flatten(item, meta));
    try {
      await resolveFacts(flats);
      return await storeGroup(flats, meta.near);
    } catch {
      const results: Array<PutResult | PutFailure> = [];
      for (const flat of flats) {
        try {
          results.push((await storeGroup([flat], meta.near))[0]);
        } catch (error) {
          results.push({ status: 'failed', id: flat.document.id, error: (error as Error).message });
        }
      }
      return results;
    }
  }

  async function replace(id: string, item: WriteItem, meta: WriteMeta): Promise<boolean> {
    const flat = flatten(item, meta);
    await resolveFacts([flat]);
    return transaction(async (client) => {
      const found = await client.query('SELECT doc, knowledge FROM documents WHERE id = $1 FOR UPDATE', [id]);
      const row = found.rows[0] as { doc: number; knowledge: string | null } | undefined;
      if (!row) return false;
      await client.query(DELETE_CHILDREN_SQL, [row.doc, row.knowledge]);
      const { title, published, text, record, dict_version, coded_at, knowledge, event_count, relation_count } = flat.document;
      await client.query(
        `UPDATE documents SET title = $2, published = $3, text = $4, record = $5, dict_version = $6, coded_at = $7, knowledge = $8, event_count = $9,
          relation_count = $10 WHERE doc = $1`,
        [row.doc, title, published, text, record, dict_version, coded_at, knowledge, event_count, relation_count],
      );
      await client.query({ name: 'dyad_replace', text: REPLACE_SQL, values: [row.doc, flat.children, knowledge] });
      return true;
    });
  }

  return { put, putMany, replace, close: () => pool.end() };
}
