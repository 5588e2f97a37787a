// The SQLite writer thread's entry: its own write connection to the store file (see writer-thread.ts).
import { workerData } from 'node:worker_threads';
import { connectSqlite } from './sqlite-connect.ts';
import { createSqliteWriter } from './sqlite-writer.ts';
import { serve } from './writer-thread.ts';

const db = connectSqlite((workerData as { path: string }).path);
// Closing the connection checkpoints the WAL.
serve(createSqliteWriter(db), () => db.close());
