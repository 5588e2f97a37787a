// `dyad ingest PATH... [--db URL] [--dict FILE]... [--date YYYY-MM-DD]`: code each input and store it,
// skipping what is already stored. Each document is all or nothing in the store; see ingest() for grouping.
import type { Lexicon } from '../lexicon/index.ts';
import { code } from '../pipeline.ts';
import { readInputs, type ReadResult } from '../read/index.ts';
import type { DocRecord } from '../record.ts';
import { DEFAULT_STORE, dictionaryVersion, } from '../store/index.ts';
import type { PutResult, Store } from '../store/types.ts';
import { dictionaries, flags, store as openStoreOrReport } from './setup.ts';
import { usageError } from './usage.ts';

const GROUP_SIZE = 50;
const GROUP_MS = 200;
const OPTIMIZE_AFTER = 1000;

export type IngestTally = { read: number; added: number; exists: number; duplicate: number; failed: number; sentences: number; events: number };

export type IngestOptions = {
  store: Store;
  lexicon: Lexicon;
  dictVersion: string;
  date?: string;
  /** Called for each input that could not be read, coded or stored. */
  report(uri: string, message: string): void;
};

/**
 * Codes and stores every input. Documents go to the store in groups under one commit (each document is
 * still all or nothing), one group being written while the next is coded. A group is sent when full or when
 * its first document has waited GROUP_MS, so a slow stream (stdin) is stored as it comes.
 */
export async function ingest(inputs: AsyncIterable<ReadResult> | Iterable<ReadResult>, options: IngestOptions): Promise<IngestTally> {
  const { store, lexicon, dictVersion, report } = options;
  const tally: IngestTally = { read: 0, added: 0, exists: 0, duplicate: 0, failed: 0, sentences: 0, events: 0 };
  const fail = (uri: string, message: string): void => {
    tally.failed++;
    report(uri, message);
  };
  const stored = (result: PutResult): void => {
    tally[result.status]++;
    if (result.status === 'added') {
      tally.sentences += result.sentences;
      tally.events += result.events;
    }
  };

  let pending: Promise<void> = Promise.resolve();
  let group: Array<{ record: DocRecord; uri: string }> = [];
  let timer: NodeJS.Timeout | undefined;
  const send = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    const sending = group;
    group = [];
    if (sending.length === 0) return pending;
    pending = pending.then(() =>
      store.putMany(sending.map((item) => item.record), { dictVersion, trusted: true }).then(
        (results) => results.forEach((result, i) => (result.status === 'failed' ? fail(sending[i].uri, result.error) : stored(result))),
        (error: unknown) => sending.forEach((item) => fail(item.uri, (error as Error).message)),
      ),
    );
    return pending;
  };
  try {
    for await (const result of inputs) {
      tally.read++;
      if (!result.ok) {
        fail(result.uri, result.error);
        continue;
      }
      let record: DocRecord;
      try {
        record = code(result.source, { lexicon, date: options.date });
      } catch (error) {
        fail(result.source.uri, (error as Error).message);
        continue;
      }
      group.push({ record, uri: result.source.uri });
      if (group.length === 1) timer = setTimeout(send, GROUP_MS);
      if (group.length >= GROUP_SIZE) {
        // Wait for the group before, so that at most one is queued behind the one being written.
        const previous = pending;
        void send();
        await previous;
      }
    }
    await send();
  } finally {
    clearTimeout(timer);
    await pending;
  }
  // New rows change what the planner should expect; a large ingest refreshes its statistics.
  if (tally.added >= OPTIMIZE_AFTER) await store.optimize();
  return tally;
}

export async function run(args: string[]): Promise<number> {
  const parsed = flags({
    args,
    allowPositionals: true,
    options: { db: { type: 'string', default: DEFAULT_STORE }, dict: { type: 'string', multiple: true }, date: { type: 'string' } },
  
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0) return usageError('ingest needs at least one PATH (or - for standard input)');
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) return usageError(`--date must be YYYY-MM-DD, not "${values.date}"`);

  const loaded = dictionaries(values.dict);
  if (!loaded) return 1;
  const { lexicon } = loaded;
  const dictVersion = dictionaryVersion(values.dict);

  const store = await openStoreOrReport(values.db);
  if (!store) return 1;
  const started = performance.now();
  let tally: IngestTally;
  try {
    tally = await ingest(readInputs(positionals), {
      store,
      lexicon,
      dictVersion,
      date: values.date,
      report: (uri, message) => process.stderr.write(`dyad: ${uri}: ${message}\n`),
    });
  } finally {
    await store.close();
  }
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(
    `dyad: ${tally.read} inputs: ${tally.added} added (${tally.sentences} sentences, ${tally.events} events), ` +
      `${tally.exists} already stored, ${tally.duplicate} duplicates of stored text, ${tally.failed} failed; ` +
      `${seconds.toFixed(1)} s, ${Math.round(tally.read / Math.max(seconds, 1e-9))} documents/s\n`,
  );
  return tally.failed > 0 ? 1 : 0;
}
