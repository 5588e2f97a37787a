// `dyad ingest PATH... [--db URL] [--dict FILE]... [--date YYYY-MM-DD]`: code each input and store it, each
// document in its own transaction, skipping what is already stored. Coding the next document overlaps with
// storing the previous one (PostgreSQL works in its own process).
import { parseArgs } from 'node:util';
import { loadLexicon } from '../lexicon/index.ts';
import { code } from '../pipeline.ts';
import { readInputs } from '../read/index.ts';
import type { DocRecord } from '../record.ts';
import { DEFAULT_STORE, dictionaryVersion, openStore } from '../store/index.ts';
import type { PutResult, Store } from '../store/types.ts';
import { usageError } from './usage.ts';

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { db: { type: 'string', default: DEFAULT_STORE }, dict: { type: 'string', multiple: true }, date: { type: 'string' } },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) return usageError('ingest needs at least one PATH (or - for standard input)');
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) return usageError(`--date must be YYYY-MM-DD, not "${values.date}"`);

  let lexicon;
  let dictVersion;
  try {
    lexicon = loadLexicon({ dicts: values.dict });
    dictVersion = dictionaryVersion(values.dict);
  } catch (error) {
    process.stderr.write(`dyad: ${(error as Error).message}\n`);
    return 1;
  }
  for (const problem of lexicon.problems) process.stderr.write(`dyad: warning: ${problem}\n`);

  let store: Store;
  try {
    store = await openStore(values.db);
  } catch (error) {
    process.stderr.write(`dyad: ${(error as Error).message}\n`);
    return 1;
  }

  const started = performance.now();
  const tally = { read: 0, added: 0, exists: 0, duplicate: 0, failed: 0, sentences: 0, events: 0 };
  const fail = (uri: string, error: unknown): void => {
    tally.failed++;
    process.stderr.write(`dyad: ${uri}: ${(error as Error).message}\n`);
  };
  const stored = (result: PutResult): void => {
    tally[result.status]++;
    if (result.status === 'added') {
      tally.sentences += result.sentences;
      tally.events += result.events;
    }
  };

  let pending: Promise<void> = Promise.resolve();
  try {
    for await (const result of readInputs(positionals)) {
      tally.read++;
      if (!result.ok) {
        fail(result.uri, new Error(result.error));
        continue;
      }
      let record: DocRecord;
      try {
        record = code(result.source, { lexicon, date: values.date });
      } catch (error) {
        fail(result.source.uri, error);
        continue;
      }
      await pending;
      const uri = result.source.uri;
      pending = store.put(record, { dictVersion }).then(stored, (error: unknown) => fail(uri, error));
    }
    await pending;
  } finally {
    await store.close();
  }

  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(
    `dyad: ${tally.read} inputs: ${tally.added} added (${tally.sentences} sentences, ${tally.events} events), ` +
      `${tally.exists} already stored, ${tally.duplicate} duplicates of stored text, ${tally.failed} failed; ` +
      `${seconds.toFixed(1)} s, ${(tally.read / Math.max(seconds, 1e-9)).toFixed(0)} documents/s\n`,
  );
  return tally.failed > 0 ? 1 : 0;
}
