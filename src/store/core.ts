// The Store both backends share: validation, flattening and every read query. An Engine (sqlite.ts,
// postgres.ts) supplies only what must differ: running SQL, the write transactions and physical checks.
import { DocRecord } from '../record.ts';
import { toEventRow, toQuoteRow, toRelationRow, toStatRow, toStoryEvent, type DbRow } from './map.ts';
import { countSql, eventsSql, quotesSql, relationsSql, statsSql, storiesSql, type Dialect, type Sql } from './query.ts';
import { CHILD_TABLES, flatten, type FlatRecord } from './rows.ts';
import { TABLES, type Backend, type PutFailure, type PutMeta, type PutResult, type Store, type TableName } from './types.ts';

export type Engine = {
  backend: Backend;
  dialect: Dialect;
  all(sql: Sql): Promise<DbRow[]>;
  iterate(sql: Sql): AsyncGenerator<DbRow>;
  /**
   * Inserts a new document with its children in one transaction, or records another source of a stored one
   * (the same id or text, or with `near` a near-duplicate).
   */
  put(flat: FlatRecord, near: boolean): Promise<PutResult>;
  /** Like put for each, under one commit; a failing document is rolled back alone. */
  putMany(flats: FlatRecord[], near: boolean): Promise<Array<PutResult | PutFailure>>;
  /** Swaps the children and annotation columns of document `id` in one transaction. */
  replace(id: string, flat: FlatRecord): Promise<boolean>;
  optimize(): Promise<void>;
  /** Backend-level checks (page structure, foreign keys, full-text index). */
  physicalCheck(): Promise<string[]>;
  close(): Promise<void>;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A record must match the schema (and carry ISO dates) before any of it is written. */
export function validRecord(record: unknown, trusted = false): DocRecord {
  const id = typeof record === 'object' && record !== null && 'id' in record ? String(record.id) : '(no id)';
  let doc: DocRecord;
  if (trusted) doc = record as DocRecord;
  else {
    const parsed = DocRecord.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`record ${id}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    doc = parsed.data;
  }
  if (doc.published !== null && !ISO_DATE.test(doc.published)) throw new Error(`record ${id}: published "${doc.published}" is not YYYY-MM-DD`);
  doc.events.forEach((event, i) => {
    if (event.date !== null && !ISO_DATE.test(event.date)) throw new Error(`record ${id}: events.${i}.date "${event.date}" is not YYYY-MM-DD`);
  });
  return doc;
}

const now = (): string => new Date().toISOString();

export function createStore(engine: Engine): Store {
  const { dialect } = engine;
  const p = dialect.param;

  async function* documents(): AsyncGenerator<{ id: string; dictVersion: string | null }> {
    // Pages by key so that callers may write (recode) between pages.
    let after = 0;
    for (;;) {
      const rows = await engine.all({ text: `SELECT doc, id, dict_version FROM documents WHERE doc > ${p(1)} ORDER BY doc LIMIT 500`, values: [after] });
      if (rows.length === 0) return;
      for (const row of rows) yield { id: String(row.id), dictVersion: row.dict_version === null ? null : String(row.dict_version) };
      after = Number(rows[rows.length - 1].doc);
    }
  }

  return {
    backend: engine.backend,

    async put(record: DocRecord, meta: PutMeta = {}): Promise<PutResult> {
      const doc = validRecord(record, meta.trusted);
      return engine.put(flatten(doc, meta.dictVersion ?? null, meta.at ?? now()), !meta.keepNearDuplicates);
    },

    async putMany(records: DocRecord[], meta: PutMeta = {}): Promise<Array<PutResult | PutFailure>> {
      const at = meta.at ?? now();
      const results: Array<PutResult | PutFailure | null> = [];
      const flats: FlatRecord[] = [];
      for (const record of records) {
        try {
          flats.push(flatten(validRecord(record, meta.trusted), meta.dictVersion ?? null, at));
          results.push(null);
        } catch (error) {
          results.push({ status: 'failed', id: String(record?.id), error: (error as Error).message });
        }
      }
      const stored = flats.length ? await engine.putMany(flats, !meta.keepNearDuplicates) : [];
      let next = 0;
      return results.map((result) => result ?? stored[next++]);
    },

    async replace(id: string, record: DocRecord, meta: PutMeta = {}): Promise<boolean> {
      const doc = validRecord({ ...record, id }, meta.trusted);
      return engine.replace(id, flatten(doc, meta.dictVersion ?? null, meta.at ?? now()));
    },

    async get(id: string): Promise<DocRecord | null> {
      const [row] = await engine.all({ text: `SELECT text, record FROM documents WHERE id = ${p(1)}`, values: [id] });
      if (!row) return null;
      const { dyad, id: stored, source, url, title, published, ...rest } = JSON.parse(String(row.record)) as Omit<DocRecord, 'text'>;
      return { dyad, id: stored, source, url, title, published, text: String(row.text), ...rest };
    },

    documents,

    async events(query = {}) {
      return (await engine.all(eventsSql(dialect, query))).map(toEventRow);
    },

    async *eachEvent(query = {}) {
      for await (const row of engine.iterate(eventsSql(dialect, query))) yield toEventRow(row);
    },

    async countEvents(filter = {}) {
      const [row] = await engine.all(countSql(dialect, filter));
      return Number(row.n);
    },

    async stories(query = {}) {
      return (await engine.all(storiesSql(dialect, query))).map(toStoryEvent);
    },

    async *eachStory(query = {}) {
      for await (const row of engine.iterate(storiesSql(dialect, query))) yield toStoryEvent(row);
    },

    async stats(by, filter = {}) {
      return (await engine.all(statsSql(dialect, by, filter))).map(toStatRow);
    },

    async quotes(query = {}) {
      return (await engine.all(quotesSql(dialect, query))).map(toQuoteRow);
    },

    async relations(query = {}) {
      return (await engine.all(relationsSql(dialect, query))).map(toRelationRow);
    },

    async counts() {
      const text = TABLES.map((table) => `SELECT '${table}' AS name, CAST(count(*) AS INTEGER) AS n FROM ${table}`).join(' UNION ALL ');
      const rows = await engine.all({ text, values: [] });
      return Object.fromEntries(rows.map((row) => [String(row.name), Number(row.n)])) as Record<TableName, number>;
    },

    async check() {
      const problems = await engine.physicalCheck();
      // Each document's tables hold exactly what its record says: a partial write would show here.
      const layers: Array<[string, string]> = [
        ['sentences', 'sentences'],
        ['actors', 'actors'],
        ['people', 'people'],
        ['places', 'places'],
        ['events', 'events'],
        ['quotes', 'quotes'],
        ['relations', 'relations'],
      ];
      const mismatch = layers
        .map(([table, key]) => `${dialect.jsonLength('d.record', key)} <> (SELECT count(*) FROM ${table} c WHERE c.doc = d.doc)`)
        .join(' OR ');
      const bad = await engine.all({
        text: `SELECT d.id FROM documents d WHERE ${mismatch}
          OR NOT EXISTS (SELECT 1 FROM document_sources s WHERE s.doc = d.doc) ORDER BY d.doc LIMIT 20`,
        values: [],
      });
      for (const row of bad) problems.push(`document ${String(row.id)}: stored rows do not match its record`);
      const orphans = await engine.all({
        text: CHILD_TABLES.map(
          (table) => `SELECT '${table}' AS name, CAST(count(*) AS INTEGER) AS n FROM ${table} c WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.doc = c.doc)`,
        ).join(' UNION ALL '),
        values: [],
      });
      for (const row of orphans) if (Number(row.n) > 0) problems.push(`${String(row.name)}: ${Number(row.n)} rows belong to no document`);
      return problems;
    },

    async migrations() {
      const rows = await engine.all({ text: 'SELECT version FROM schema_migrations ORDER BY version', values: [] });
      return rows.map((row) => Number(row.version));
    },

    optimize: () => engine.optimize(),

    close: () => engine.close(),
  };
}
