// A store written by dyad before migration 6 (schema 5: a row for every sentence, actor, person, place and
// mention) opens with this version, upgrades in place and keeps everything it held. v5-store.json holds the rows
// of such a store, as dyad at schema 5 wrote them (commit cb0e591): the store fixtures' records, a syndicated
// copy, a wire story and a document with relations.
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { openStore } from '../../src/store/index.ts';
import { MIGRATIONS } from '../../src/store/migrations.ts';
import type { Store } from '../../src/store/types.ts';
import { BACKENDS, pgRunner, sqliteRunner } from './backends.ts';
import { record } from './fixtures.ts';

type Row = Record<string, unknown>;
const V5 = JSON.parse(readFileSync(join(import.meta.dirname, 'v5-store.json'), 'utf8')) as Record<string, Row[]>;
const cell = (value: unknown): unknown => (value !== null && typeof value === 'object' && 'base64' in value ? Buffer.from(String(value.base64), 'base64') : value);
const inserts = (param: (n: number) => string): Array<{ text: string; values: unknown[] }> =>
  Object.entries(V5).flatMap(([table, rows]) =>
    rows.map((row) => {
      const columns = Object.keys(row);
      return { text: `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => param(i + 1)).join(', ')})`, values: columns.map((c) => cell(row[c])) };
    }),
  );
const SCHEMA_5 = MIGRATIONS.filter((migration) => migration.version <= 5);
const MIGRATIONS_TABLE = 'CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)';

type Old = { url: string; all(sql: string): Promise<Row[]>; cleanup(): Promise<void> };

/** A schema-5 store holding V5's rows, written as that version left it. */
async function oldStore(backend: 'sqlite' | 'postgres'): Promise<Old> {
  if (backend === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-upgrade-'));
    const path = join(dir, 'old.db');
    const db = new Database(path);
    db.exec(MIGRATIONS_TABLE);
    for (const migration of SCHEMA_5) {
      db.exec(migration.sqlite);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(migration.version, migration.name, '2024-06-01T00:00:00.000Z');
    }
    db.transaction(() => {
      for (const { text, values } of inserts(() => '?')) db.prepare(text).run(...values);
    })();
    db.close();
    return {
      url: path,
      all: sqliteRunner(path),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const base = process.env.DYAD_TEST_PG ?? '';
  const schema = `dyad_upgrade_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: base, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA ${schema}`);
    await client.query(MIGRATIONS_TABLE);
    for (const migration of SCHEMA_5) {
      await client.query(migration.postgres);
      await client.query('INSERT INTO schema_migrations VALUES ($1, $2, $3)', [migration.version, migration.name, '2024-06-01T00:00:00.000Z']);
    }
    for (const insert of inserts((n) => `$${n}`)) await client.query(insert);
    for (const [table, key] of [['documents', 'doc'], ['events', 'id'], ['quotes', 'id'], ['relations', 'id']]) {
      await client.query(`SELECT setval(pg_get_serial_sequence('${table}', '${key}'), (SELECT max(${key}) FROM ${table}))`);
    }
  } finally {
    await client.end();
  }
  return {
    url: `${base}${base.includes('?') ? '&' : '?'}schema=${schema}`,
    all: pgRunner(schema),
    async cleanup() {
      const admin = new pg.Client(base);
      await admin.connect();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}

/** Orders rows as `ORDER BY order` does (text columns by code point, as both databases' C and binary orders). */
function compare(a: Row, b: Row, order: string): number {
  for (const column of order.split(', ')) {
    const [x, y] = [a[column], b[column]];
    if (x !== y) return (x as number | string) < (y as number | string) ? -1 : 1;
  }
  return 0;
}

const stored = (table: string, id: string): Row[] => {
  const doc = V5.documents.find((row) => row.id === id)?.doc;
  return V5[table].filter((row) => row.doc === doc);
};

for (const backend of BACKENDS) {
  describe(`a schema-5 store on ${backend.name}`, { skip: backend.skip }, () => {
    let old: Old;
    let store: Store;
    before(async () => {
      old = await oldStore(backend.name);
      store = await openStore(old.url);
    });
    after(async () => {
      await store?.close();
      await old?.cleanup();
    });

    test('upgrades to migration 8 and gives back every record as it was stored', async () => {
      assert.deepEqual(await store.migrations(), [1, 2, 3, 4, 5, 6, 7, 8]);
      for (const row of V5.documents) {
        const { dyad, id, source, url, title, published, ...rest } = JSON.parse(String(row.record));
        assert.deepEqual(await store.get(String(row.id)), { dyad, id, source, url, title, published, text: row.text, ...rest });
      }
      const counts = await store.counts();
      // Knowledge relations became facts stored once, linked to their documents.
      const known = V5.relations.filter((row) => row.origin === 'knowledge');
      assert.deepEqual(
        { ...counts },
        {
          ...Object.fromEntries(['documents', 'document_sources', 'document_bands', 'events', 'quotes'].map((table) => [table, V5[table].length])),
          relations: V5.relations.length - known.length,
          knowledge: new Set(known.map((row) => [row.subject, row.predicate, row.object, row.date, row.note].join('|'))).size,
          document_knowledge: known.length,
        },
      );
      assert.deepEqual(await store.check(), []);
    });

    test('its events, stories, quotes, relations and full text answer as before', async () => {
      const events = await store.events({ sort: 'id' });
      assert.deepEqual(
        events.map((e) => [e.id, e.document, e.source, e.target, e.cameo, e.date, e.evidence, e.negated]),
        V5.events.map((e) => [e.id, V5.documents.find((d) => d.doc === e.doc)?.id, e.source, e.target, e.cameo, e.date, e.evidence, e.negated === 1]),
      );
      assert.equal(await store.countEvents({ actor: 'IND' }), 3);
      assert.equal(await store.countEvents({ country: 'UKR' }), 1);
      assert.equal(await store.countEvents({ text: 'maritime' }), 1);
      const [story] = await store.stories({ cameo: '036', actor: 'IND' });
      assert.equal(story.numArticles, 3);
      assert.deepEqual((await store.quotes({ text: 'helping' })).map((q) => q.document), ['kharkiv-clash']);
      assert.deepEqual((await store.quotes({ actor: 'UKR' })).map((q) => q.speaker), ['Oksana Hrytsenko']);
      assert.deepEqual(
        (await store.relations({ actor: 'JPN' })).map((r) => [r.from, r.text]),
        stored('relations', 'partners').map((r) => [r.origin, r.evidence]),
      );
    });

    test('the rows of the dropped tables read back through the views over the record', async () => {
      const key: Record<string, string> = { sentences: 'doc, n', actors: 'doc, n', people: 'doc, n', places: 'doc, n', mentions: 'doc, layer, n, m' };
      for (const [view, order] of Object.entries(key)) {
        const before = V5[view].map((row) => JSON.stringify(row));
        const rows = await old.all(`SELECT * FROM ${view} ORDER BY ${order}`);
        assert.deepEqual(rows.map((row) => JSON.stringify(row)), before.sort((a, b) => compare(JSON.parse(a), JSON.parse(b), order)), view);
      }
    });

    test('new documents are checked against the stored ones for near-duplicates, and recoding works', async () => {
      const wire = await store.get('wire');
      assert.ok(wire);
      const copy = record({
        id: 'wire-copy',
        url: 'https://coastdaily.example/news/water',
        published: '2024-02-01',
        text: `SANTIAGO (Wire) — ${wire.text.replace('a decade', 'ten years')}`,
        actors: [
          { code: 'CHL', name: 'Chile', kind: 'country', names: ['Chile'] },
          { code: 'PER', name: 'Peru', kind: 'country', names: ['Peru'] },
        ],
        events: [],
      });
      const [result] = await store.putMany([copy]);
      assert.equal(result.status, 'duplicate');
      assert.ok(result.status === 'duplicate' && result.of === 'wire' && result.kind === 'near');
      const clash = await store.get('kharkiv-clash');
      assert.ok(clash);
      assert.equal(await store.replace('kharkiv-clash', { ...clash, events: clash.events.slice(0, 1) }, { dictVersion: 'dict-v6' }), true);
      assert.equal(await store.countEvents({ document: 'kharkiv-clash' }), 1);
      assert.equal(await store.quotes({ text: 'helping' }).then((rows) => rows.length), 1);
      assert.deepEqual(await store.check(), []);
    });
  });
}
