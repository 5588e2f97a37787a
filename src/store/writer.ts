// The write side of a store, as the Engine calls it: on SQLite and PostgreSQL alike it runs in a thread of its
// own (writer-thread.ts), so that a group is flattened, fingerprinted and written while the caller codes the next.
import type { DocRecord } from '../record.ts';
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

/** A record sent ahead to a writer thread (RemoteWriter.stage), named in a later putMany by its number. */
export type Ticket = { ticket: number };
/** What a group put through a store is made of: records or their rows, or tickets for records sent ahead. */
export type WriteRef = WriteItem | Ticket;

/** The caller's side of a writer thread: a Writer that also takes records ahead of the putMany naming them. */
export type RemoteWriter = Omit<Writer, 'putMany'> & {
  putMany(items: WriteRef[], meta: WriteMeta): Promise<Array<PutResult | PutFailure>>;
  /** Sends a record to the thread at once, to be turned into rows there; putMany names it by the ticket. */
  stage(record: DocRecord): Ticket;
};

/** The items of a group for a writer that has no thread, which no ticket can name. */
export function ticketless(items: WriteRef[]): WriteItem[] {
  return items.map((item) => {
    if ('ticket' in item) throw new Error('a record staged for a writer thread was put through a store without one');
    return item;
  });
}

/** Where a writer thread writes: a SQLite file, or a PostgreSQL database (its URL without `schema`) and schema. */
export type WriterTarget = { backend: 'sqlite'; path: string } | { backend: 'postgres'; url: string; schema: string };
