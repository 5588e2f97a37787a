// The write side of a store, as the Engine calls it: on SQLite and PostgreSQL alike it runs in a thread of its
// own (writer-thread.ts), so that a group is flattened, fingerprinted and written while the caller codes the next.
import type { WriteItem, WriteMeta } from './rows.ts';
import type { PutFailure, PutResult } from './types.ts';

export type Writer = {
  /**
   * Inserts a new document with its rows in one transaction, or records another source of a stored one (the
   * same id or text, or with `meta.near` a near-duplicate).
   */
  put(item: WriteItem, meta: WriteMeta): Promise<PutResult>;
  /** Like put for each, under one commit; a failing document is rolled back alone. */
  putMany(items: WriteItem[], meta: WriteMeta): Promise<Array<PutResult | PutFailure>>;
  /** Swaps the rows and annotation columns of document `id` in one transaction. False when it is not stored. */
  replace(id: string, item: WriteItem, meta: WriteMeta): Promise<boolean>;
  close(): Promise<void>;
};

/** Where a writer thread writes: a SQLite file, or a PostgreSQL database (its URL without `schema`) and schema. */
export type WriterTarget = { backend: 'sqlite'; path: string } | { backend: 'postgres'; url: string; schema: string };
