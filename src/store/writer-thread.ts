// The SQLite writer thread: it owns a write connection and runs the calls the store sends, one at a time, so
// that a group of documents is flattened and written while the calling thread codes the next.
import { parentPort, workerData } from 'node:worker_threads';
import { connectSqlite } from './sqlite-connect.ts';
import { createSqliteWriter, type SqliteWriter } from './sqlite-writer.ts';

export type WriterCall =
  | { [K in keyof SqliteWriter]: { seq: number; op: K; args: Parameters<SqliteWriter[K]> } }[keyof SqliteWriter]
  | { seq: number; op: 'close'; args: [] };
export type WriterReply = { seq: number; value: unknown } | { seq: number; error: string };

const port = parentPort;
if (port) {
  const db = connectSqlite((workerData as { path: string }).path);
  const writer = createSqliteWriter(db);
  const run = (call: WriterCall): unknown => {
    switch (call.op) {
      case 'put':
        return writer.put(...call.args);
      case 'putMany':
        return writer.putMany(...call.args);
      case 'replace':
        return writer.replace(...call.args);
      case 'close':
        db.close();
        port.close();
        return null;
    }
  };
  port.on('message', (call: WriterCall) => {
    try {
      port.postMessage({ seq: call.seq, value: run(call) } satisfies WriterReply);
    } catch (error) {
      port.postMessage({ seq: call.seq, error: (error as Error).message } satisfies WriterReply);
    }
  });
}
