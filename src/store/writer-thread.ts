// A store's writes in a thread of their own (remote.ts starts it and posts the calls): new documents alone or in
// groups, and recodes, so that a group is flattened and written while the calling thread codes the next. Each
// backend has an entry module (sqlite-thread.ts, postgres-thread.ts) that opens its connection and serves it here.
import { parentPort } from 'node:worker_threads';
import type { StoredRecord, WriteMeta } from './rows.ts';
import type { PutFailure, PutResult } from './types.ts';

/** A backend's writes, synchronous (SQLite) or not (PostgreSQL). */
export type Writer = {
  put(item: StoredRecord, meta: WriteMeta): PutResult | Promise<PutResult>;
  putMany(items: StoredRecord[], meta: WriteMeta): Array<PutResult | PutFailure> | Promise<Array<PutResult | PutFailure>>;
  replace(id: string, item: StoredRecord, meta: WriteMeta): boolean | Promise<boolean>;
};

export type WriterCall =
  | { [K in keyof Writer]: { seq: number; op: K; args: Parameters<Writer[K]> } }[keyof Writer]
  | { seq: number; op: 'close'; args: [] };
export type WriterReply = { seq: number; value: unknown } | { seq: number; error: string };

function run(writer: Writer, call: Exclude<WriterCall, { op: 'close' }>): unknown {
  switch (call.op) {
    case 'put':
      return writer.put(...call.args);
    case 'putMany':
      return writer.putMany(...call.args);
    case 'replace':
      return writer.replace(...call.args);
  }
}

/**
 * Answers the calls posted to this thread with `writer`, in the order they come (a synchronous writer runs each
 * whole before the next); `close` releases the connection and ends the thread.
 */
export function serve(writer: Writer, close: () => unknown): void {
  const port = parentPort;
  if (!port) throw new Error('a store writer runs in a worker thread');
  port.on('message', async (call: WriterCall) => {
    try {
      const value = await (call.op === 'close' ? close() : run(writer, call));
      port.postMessage({ seq: call.seq, value: value ?? null } satisfies WriterReply);
    } catch (error) {
      port.postMessage({ seq: call.seq, error: (error as Error).message } satisfies WriterReply);
    }
    if (call.op === 'close') port.close();
  });
}
