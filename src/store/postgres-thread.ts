// The PostgreSQL writer thread's entry (see writer-thread.ts).
import { postgresWriter } from './postgres-writer.ts';
import { serveWriter } from './writer-thread.ts';

serveWriter<'postgres'>((target) => postgresWriter(target.url, target.schema));
