// The PostgreSQL writer thread's entry: a pool of its own for the store's writes (see writer-thread.ts).
import { workerData } from 'node:worker_threads';
import { createPostgresWriter, postgresPool } from './postgres-writer.ts';
import { serve } from './writer-thread.ts';

const { url, schema } = workerData as { url: string; schema: string };
const pool = postgresPool(url, schema);
serve(createPostgresWriter(pool), () => pool.end());
