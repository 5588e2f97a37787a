// The Store both backends share: validation, flattening and every read query. An Engine (sqlite.ts,
// postgres.ts) supplies only what must differ: running SQL, the write transactions and physical checks.
import { DocRecord } from '../record.ts';
import { eventOf, toEventRow, toQuoteRow, toRelationRow, toStatRow, toStoryEvent, type DbRow } from './map.ts';
import { countSql, eventsSql, quotesSql, relationsSql, statsSql, storiesSql, type Dialect, type Sql } from './query.ts';
import { CHILD_TABLES, factIds, recordOf, relationsOf, type ChildTable, type WriteMeta } from './rows.ts';
import { TABLES, type Backend, type PutFailure, type PutMeta, type PutResult, type StagedRecord, type Store, type TableName } from './types.ts';
import type { RemoteWriter, WriteRef } from './writer.ts';

/** The writes (put, putMany, replace) are its writer's; `stage` makes a checked record ready for putMany. */
export type Engine = Omit<RemoteWriter, 'close' | 'stage'> & {
  stage(record: DocRecord): WriteRef;
  backend: Backend;
  analyzesItself: boolean;
  dialect: Dialect;
  all(sql: Sql): Promise<DbRow[]>;
  iterate(sql: Sql): AsyncGenerator<DbRow>;
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

const writeMeta = (meta: PutMeta): WriteMeta => ({
  dictVersion: meta.dictVersion ?? null,
  at: meta.at ?? new Date().toISOString(),
  near: !meta.keepNearDuplicates,
});

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
    analyzesItself: engine.analyzesItself,

    async put(record: DocRecord, meta: PutMeta = {}): Promise<PutResult> {
      return engine.put(validRecord(record, meta.trusted), writeMeta(meta));
    },

    stage(record, meta = {}): StagedRecord {
      const valid = validRecord(record, meta.trusted);
      return { id: valid.id, staged: engine.stage(valid) };
    },

    async putMany(records: Array<DocRecord | StagedRecord>, meta: PutMeta = {}): Promise<Array<PutResult | PutFailure>> {
      const results: Array<PutResult | PutFailure | null> = [];
      const items: WriteRef[] = [];
      for (const record of records) {
        try {
          items.push('staged' in record ? record.staged : validRecord(record, meta.trusted));
          results.push(null);
        } catch (error) {
          results.push({ status: 'failed', id: String(record?.id), error: (error as Error).message });
        }
      }
      const stored = items.length ? await engine.putMany(items, writeMeta(meta)) : [];
      let next = 0;
      return results.map((result) => result ?? stored[next++]);
    },

    async replace(id: string, record: DocRecord, meta: PutMeta = {}): Promise<boolean> {
      return engine.replace(id, validRecord({ ...record, id }, meta.trusted), writeMeta(meta));
    },

    async get(id: string): Promise<DocRecord | null> {
      const [row] = await engine.all({ text: `SELECT doc, text, record, knowledge FROM documents WHERE id = ${p(1)}`, values: [id] });
      if (!row) return null;
      const rowsOf = async (table: ChildTable): Promise<DbRow[]> => engine.all({ text: `SELECT * FROM ${table} WHERE doc = ${p(1)} ORDER BY n`, values: [row.doc] });
      const ids = factIds(row.knowledge);
      const facts = ids.length ? await engine.all({ text: `SELECT id, fact FROM knowledge WHERE id IN (${ids.map((_, i) => p(i + 1)).join(', ')})`, values: ids }) : [];
      const events = (await rowsOf('events')).map(eventOf);
      return recordOf(String(row.text), String(row.record), events, relationsOf(await rowsOf('relations'), row.knowledge, facts));
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
      // Each document's rows are exactly what its record says: a partial write would show here.
      const knowledge = dialect.arrayLength('d.knowledge');
      const expected: Record<ChildTable, string> = {
        events: 'd.event_count',
        quotes: dialect.jsonLength('d.record', 'quotes'),
        relations: `d.relation_count - ${knowledge}`,
      };
      const mismatch = CHILD_TABLES.map((table) => `${expected[table]} <> (SELECT count(*) FROM ${table} c WHERE c.doc = d.doc)`).join(' OR ');
      const bad = await engine.all({
        text: `SELECT d.id FROM documents d WHERE ${mismatch}
          OR NOT EXISTS (SELECT 1 FROM document_sources s WHERE s.doc = d.doc) ORDER BY d.doc LIMIT 20`,
        values: [],
      });
      for (const row of bad) problems.push(`document ${String(row.id)}: stored rows do not match its record`);
      // Knowledge links are indexed by fact, not by document, so they are checked as a whole.
      const [links] = await engine.all({
        text: `SELECT (SELECT CAST(count(*) AS INTEGER) FROM document_knowledge) AS links,
            (SELECT CAST(coalesce(sum(${knowledge}), 0) AS INTEGER) FROM documents d) AS refs,
            (SELECT CAST(count(*) AS INTEGER) FROM document_knowledge l WHERE NOT EXISTS (SELECT 1 FROM knowledge k WHERE k.id = l.fact)) AS unknown`,
        values: [],
      });
      if (Number(links.links) !== Number(links.refs)) problems.push(`document_knowledge: ${Number(links.links)} links for ${Number(links.refs)} knowledge relations of documents`);
      if (Number(links.unknown) > 0) problems.push(`document_knowledge: ${Number(links.unknown)} links to no stored fact`);
      const orphans = await engine.all({
        text: [...CHILD_TABLES, 'document_knowledge'].map(
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
