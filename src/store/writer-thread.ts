// A store's writer thread: it owns the write connection(s) of a SQLite file or a PostgreSQL schema and runs the
// calls the store sends (SQLite's one at a time, as they are synchronous), so that a group of documents is
// flattened and written while the calling thread codes the next. Each backend has an entry of its own
// (sqlite-thread.ts, postgres-thread.ts), so that the thread loads only its backend's code.
import { parentPort, workerData } from 'node:worker_threads';
import type { WriteItem } from './rows.ts';
import type { RemoteWriter, WriteRef, Writer, WriterTarget } from './writer.ts';

type Calls = Omit<RemoteWriter, 'close'>;
/** Calls answered by number; 'stage' is not answered: the record waits under its number for the putMany naming it. */
export type WriterCall =
  | { [K in keyof Calls]: { seq: number; op: K; args: Parameters<Calls[K]> } }[keyof Calls]
  | { seq: number; op: 'close'; args: [] };
export type WriterReply = { seq: number; value: unknown } | { seq: number; error: string };

/** Serves the calls posted to this thread with the writer `open` makes for the thread's target. */
export function serveWriter<B extends WriterTarget['backend']>(open: (target: Extract<WriterTarget, { backend: B }>) => Writer): void {
  const port = parentPort;
  if (!port) return;
  const writer = open((workerData as { target: Extract<WriterTarget, { backend: B }> }).target);
  const running = new Set<Promise<unknown>>();
  const staged = new Map<number, WriteItem>();
  const redeem = (item: WriteRef): WriteItem => {
    if (!('ticket' in item)) return item;
    const record = staged.get(item.ticket);
    if (record === undefined) throw new Error(`no record was staged under ticket ${item.ticket}`);
    staged.delete(item.ticket);
    return record;
  };
  const run = async (call: Exclude<WriterCall, { op: 'stage' }>): Promise<unknown> => {
    switch (call.op) {
      case 'put':
        return writer.put(...call.args);
      case 'putMany': {
        const [items, meta] = call.args;
        return writer.putMany(items.map(redeem), meta);
      }
      case 'replace':
        return writer.replace(...call.args);
      case 'close':
        await Promise.allSettled(running);
        await writer.close();
        return null;
    }
  };
  port.on('message', (call: WriterCall) => {
    if (call.op === 'stage') {
      staged.set(call.seq, call.args[0]);
      return;
    }
    const done = run(call).then(
      (value) => port.postMessage({ seq: call.seq, value } satisfies WriterReply),
      (error: unknown) => port.postMessage({ seq: call.seq, error: (error as Error).message } satisfies WriterReply),
    );
    if (call.op === 'close') void done.finally(() => port.close());
    else {
      running.add(done);
      void done.finally(() => running.delete(done));
    }
  });
}
