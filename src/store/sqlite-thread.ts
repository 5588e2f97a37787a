// The SQLite writer thread's entry (see writer-thread.ts).
import { sqliteWriter } from './sqlite-writer.ts';
import { serveWriter } from './writer-thread.ts';

serveWriter<'sqlite'>((target) => sqliteWriter(target.path));
