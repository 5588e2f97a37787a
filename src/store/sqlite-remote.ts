// The calling side of the SQLite writer thread: each call is posted to the thread and answered in order. The
// thread is started on the first write (a store only read never pays for it) and holds the process open only
// while a call is pending.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SqliteWriter } from './sqlite-writer.ts';
import type { WriterCall, WriterReply } from './writer-thread.ts';

type Async<T> = { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never };
export type RemoteWriter = Async<SqliteWriter> & { close(): Promise<void> };

// The thread loads its TypeScript through tsx's require hook: the ESM loader hooks (module.register) would start
// a hooks thread of their own and cost the thread's start twice the CPU (about 240 ms against 110).
const BOOT = `const { workerData } = require('node:worker_threads');
require(workerData.tsx).register();
require(workerData.entry);`;
const TSX = createRequire(import.meta.url).resolve('tsx/cjs/api');
const ENTRY = fileURLToPath(new URL('./writer-thread.ts', import.meta.url));

export function remoteWriter(path: string): RemoteWriter {
  let worker: Worker | null = null;
  let seq = 0;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

  const start = (): Worker => {
    const thread = new Worker(BOOT, {
      eval: true,
      // Not the process's flags: `--import tsx` would register the ESM hooks in the thread after all.
      execArgv: [],
      workerData: { path, tsx: TSX, entry: ENTRY },
    });
    thread.unref();
    thread.on('message', (reply: WriterReply) => {
      const waiting = pending.get(reply.seq);
      pending.delete(reply.seq);
      if (pending.size === 0) thread.unref();
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.value);
    });
    const fail = (error: Error): void => {
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
      if (worker === thread) worker = null;
    };
    thread.on('error', fail);
    thread.on('exit', (code) => fail(new Error(`SQLite writer thread stopped (exit ${code})`)));
    return thread;
  };

  const send = (thread: Worker, op: WriterCall['op'], args: WriterCall['args']): Promise<unknown> => {
    const message = { seq: ++seq, op, args } as WriterCall;
    return new Promise((resolve, reject) => {
      pending.set(message.seq, { resolve, reject });
      thread.ref();
      thread.postMessage(message);
    });
  };
  const call = <K extends keyof SqliteWriter>(op: K, ...args: Parameters<SqliteWriter[K]>): Promise<ReturnType<SqliteWriter[K]>> => {
    worker ??= start();
    return send(worker, op, args) as Promise<ReturnType<SqliteWriter[K]>>;
  };

  return {
    put: (item, meta) => call('put', item, meta),
    putMany: (items, meta) => call('putMany', items, meta),
    replace: (id, item, meta) => call('replace', id, item, meta),
    async close() {
      const thread = worker;
      worker = null;
      // The thread closes its connection (checkpointing the WAL) and ends by itself.
      if (thread) await send(thread, 'close', []).catch(() => thread.terminate());
    },
  };
}
