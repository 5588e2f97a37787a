// The backends every store test runs against: SQLite always (a temporary file), PostgreSQL when DYAD_TEST_PG
// names a database (a schema of its own per run, dropped afterwards, so parallel runs never meet).
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/types.ts';

export type TestStore = {
  store: Store;
  /** Runs raw SQL against the same database (for planting faults). */
  exec(sql: string): Promise<void>;
  /** The rows a raw SQL query returns. */
  all(sql: string): Promise<Rows>;
  /** The URL a CLI run would be given. */
  url: string;
  cleanup(): Promise<void>;
};

export type TestBackend = { name: 'sqlite' | 'postgres'; skip: string | false; open(): Promise<TestStore> };

const PG_URL = process.env.DYAD_TEST_PG;

type Rows = Array<Record<string, unknown>>;

/** Runs a query on a read-only connection of its own to the SQLite file at `path`. */
export function sqliteRunner(path: string): (sql: string) => Promise<Rows> {
  return async (sql) => {
    const db = new Database(path, { readonly: true });
    try {
      return db.prepare(sql).all() as Rows;
    } finally {
      db.close();
    }
  };
}

/** Runs SQL on a connection of its own to DYAD_TEST_PG, in `schema`. */
export function pgRunner(schema: string): (sql: string) => Promise<Rows> {
  return async (sql) => {
    const client = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  };
}

export const BACKENDS: TestBackend[] = [
  {
    name: 'sqlite',
    skip: false,
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
      const path = join(dir, 'test.db');
      const store = await openStore(path);
      return {
        store,
        url: path,
        async exec(sql) {
          const db = new Database(path);
          try {
            db.exec(sql);
          } finally {
            db.close();
          }
        },
        all: sqliteRunner(path),
        async cleanup() {
          await store.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: 'postgres',
    skip: PG_URL ? false : 'DYAD_TEST_PG is not set (e.g. DYAD_TEST_PG=postgres://postgres@127.0.0.1:5432/test)',
    async open() {
      const schema = `dyad_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      const url = `${PG_URL}${PG_URL?.includes('?') ? '&' : '?'}schema=${schema}`;
      const store = await openStore(url);
      const run = pgRunner(schema);
      return {
        store,
        url,
        async exec(sql) {
          await run(sql);
        },
        all: run,
        async cleanup() {
          await store.close();
          await run(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        },
      };
    },
  },
];
