// The calling side of a store's writer thread: each call is posted to the thread and answered by its number.
// The thread is started on the first write (a store only read never pays for it), or at once for a store opened
// to write, and holds the process open only while a call is pending.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WriterCall, WriterReply } from './writer-thread.ts';
import type { RemoteWriter, WriterTarget } from './writer.ts';

// The thread loads its TypeScript through tsx's require hook: the ESM loader hooks (module.register) would start
// a hooks thread of their own and cost the thread's start twice the CPU (about 240 ms against 110).
const BOOT = `const { workerData } = require('node:worker_threads');
require(workerData.tsx).register();
require(workerData.entry);`;
const TSX = createRequire(import.meta.url).resolve('tsx/cjs/api');
const ENTRIES: Record<WriterTarget['backend'], string> = {
  sqlite: fileURLToPath(new URL('./sqlite-thread.ts', import.meta.url)),
  postgres: fileURLToPath(new URL('./postgres-thread.ts', import.meta.url)),
};

type Calls = Omit<RemoteWriter, 'close' | 'stage'>;

export function remoteWriter(target: WriterTarget, startNow = false): RemoteWriter {
  let worker: Worker | null = null;
  let seq = 0;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

  const start = (): Worker => {
    const thread = new Worker(BOOT, {
      eval: true,
      // Not the process's flags: `--import tsx` would register the ESM hooks in the thread after all.
      execArgv: [],
      workerData: { target, tsx: TSX, entry: ENTRIES[target.backend] },
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
    thread.on('exit', (code) => fail(new Error(`store writer thread stopped (exit ${code})`)));
    return thread;
  };

  /** Posts a call to the thread under a new number, which it returns. */
  const post = (thread: Worker, op: WriterCall['op'], args: WriterCall['args']): number => {
    const message = { seq: ++seq, op, args } as WriterCall;
    thread.postMessage(message);
    return message.seq;
  };
  const send = (thread: Worker, op: WriterCall['op'], args: WriterCall['args']): Promise<unknown> =>
    new Promise((resolve, reject) => {
      thread.ref();
      pending.set(post(thread, op, args), { resolve, reject });
    });
  if (startNow) worker = start();
  const call = <K extends keyof Calls>(op: K, ...args: Parameters<Calls[K]>): ReturnType<Calls[K]> => {
    worker ??= start();
    return send(worker, op, args) as ReturnType<Calls[K]>;
  };

  return {
    put: (item, meta) => call('put', item, meta),
    putMany: (items, meta) => call('putMany', items, meta),
    replace: (id, item, meta) => call('replace', id, item, meta),
    stage(record) {
      worker ??= start();
      return { ticket: post(worker, 'stage', [record]) };
    },
    async close() {
      const thread = worker;
      worker = null;
      // The thread finishes its calls, closes its connection (checkpointing a SQLite WAL) and ends by itself.
      if (thread) await send(thread, 'close', []).catch(() => thread.terminate());
    },
  };
}
