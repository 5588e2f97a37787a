// `dyad ingest PATH|URL... [--urls FILE] [--db URL] [--dict FILE]... [--date YYYY-MM-DD] [--fetch] [--quiet]
//   [--all-languages] [--keep-duplicates]`: code each input and store it, skipping what is not in English;
// what is already stored, or an exact or near duplicate of a stored document (from this run or an earlier
// one), is recorded as another source of it. Each document is all or nothing in the store; see ingest().
import { readFile } from 'node:fs/promises';
import { missingDictionary, type Lexicon } from '../lexicon/index.ts';
import { code } from '../pipeline.ts';
import { readInputs, type ReadResult } from '../read/index.ts';
import { createProgress } from '../read/progress.ts';
import { readUrls } from '../read/url.ts';
import type { DocRecord } from '../record.ts';
import { DEFAULT_STORE, dictionaryVersion } from '../store/index.ts';
import type { PutResult, StagedRecord, Store } from '../store/types.ts';
import { badDate, dictionaries, flags, skipper, store as openStoreOrReport } from './setup.ts';
import { usageError } from './usage.ts';

// Documents a commit: larger groups share more index pages and look-ups (100 cost about 7% less CPU a document
// to store than 50), while the last group is written after coding ends, so larger still would add to the wait.
export const GROUP_SIZE = 100;
const GROUP_MS = 200;
const OPTIMIZE_AFTER = 1000;

export type IngestTally = { read: number; added: number; exists: number; duplicate: number; skipped: number; failed: number; sentences: number; events: number };

export type IngestOptions = {
  store: Store;
  lexicon: Lexicon;
  dictVersion: string;
  date?: string;
  /**
   * Called for each input that could not be read, coded or stored, for each skipped one and for each stored
   * as another source of a stored document.
   */
  report(uri: string, message: string): void;
  /** Why a coded document should not be stored (not English…), or null to store it. */
  skip?(record: DocRecord): string | null;
  /** Store near-duplicates as documents of their own (exact duplicates are always merged). */
  keepNearDuplicates?: boolean;
};

/**
 * Codes and stores every input. Documents go to the store in groups under one commit (each document is
 * still all or nothing), one group being written while the next is coded. A group is sent when full or when
 * its first document has waited GROUP_MS, so a slow stream (stdin) is stored as it comes.
 */
export async function ingest(inputs: AsyncIterable<ReadResult> | Iterable<ReadResult>, options: IngestOptions): Promise<IngestTally> {
  const { store, lexicon, dictVersion, report } = options;
  const tally: IngestTally = { read: 0, added: 0, exists: 0, duplicate: 0, skipped: 0, failed: 0, sentences: 0, events: 0 };
  const fail = (uri: string, message: string): void => {
    tally.failed++;
    report(uri, message);
  };
  const stored = (result: PutResult, uri: string): void => {
    tally[result.status]++;
    if (result.status === 'duplicate') {
      const how = result.kind === 'exact' ? 'exact' : `near (similarity ${result.similarity.toFixed(2)})`;
      report(uri, `${how} duplicate of ${result.of}, recorded as another source of it`);
    }
    if (result.status === 'added') {
      tally.sentences += result.sentences;
      tally.events += result.events;
    }
  };

  let pending: Promise<void> = Promise.resolve();
  let group: Array<{ staged: StagedRecord; uri: string }> = [];
  let timer: NodeJS.Timeout | undefined;
  const send = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    const sending = group;
    group = [];
    if (sending.length === 0) return pending;
    pending = pending.then(() =>
      store.putMany(sending.map((item) => item.staged), { dictVersion, trusted: true, keepNearDuplicates: options.keepNearDuplicates }).then(
        (results) => results.forEach((result, i) => (result.status === 'failed' ? fail(sending[i].uri, result.error) : stored(result, sending[i].uri))),
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
      const reason = options.skip?.(record) ?? null;
      if (reason) {
        tally.skipped++;
        report(result.source.uri, `skipped, ${reason}`);
        continue;
      }
      let staged: StagedRecord;
      try {
        staged = store.stage(record, { trusted: true });
      } catch (error) {
        fail(result.source.uri, (error as Error).message);
        continue;
      }
      group.push({ staged, uri: result.source.uri });
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
  // New rows change what the planner should expect; a large ingest refreshes its statistics, unless the database
  // does so itself (PostgreSQL's autovacuum analyzes a table once a tenth of it changed: an ANALYZE here cost as
  // much as storing a tenth of the documents of a 1,000-document ingest).
  if (tally.added >= OPTIMIZE_AFTER && !store.analyzesItself) await store.optimize();
  return tally;
}

export async function run(args: string[]): Promise<number> {
  const parsed = flags({
    args,
    allowPositionals: true,
    options: {
      db: { type: 'string', default: DEFAULT_STORE },
      dict: { type: 'string', multiple: true },
      date: { type: 'string' },
      urls: { type: 'string' },
      fetch: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      'all-languages': { type: 'boolean', default: false },
      'keep-duplicates': { type: 'boolean', default: false },
    },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0 && values.urls === undefined) return usageError('ingest needs at least one PATH or URL (- for standard input), or --urls FILE');
  const dateError = badDate(values.date);
  if (dateError !== null) return dateError;
  let urls: string[] = [];
  if (values.urls !== undefined) {
    try {
      urls = (await readFile(values.urls, 'utf8')).split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
    } catch (error) {
      process.stderr.write(`dyad: ${values.urls}: ${(error as Error).message}\n`);
      return 1;
    }
  }

  // The store first, so that its writer thread starts while the dictionaries load; a dictionary file that is not
  // there is named before, so that a run that cannot start makes no store.
  const missing = (values.dict ?? []).map(missingDictionary).find((problem) => problem !== null);
  if (missing) {
    process.stderr.write(`dyad: ${missing}\n`);
    return 1;
  }
  const store = await openStoreOrReport(values.db, { writes: true });
  if (!store) return 1;
  const loaded = dictionaries(values.dict);
  if (!loaded) {
    await store.close();
    return 1;
  }
  const { lexicon } = loaded;
  const dictVersion = dictionaryVersion(values.dict);
  const progress = createProgress({ quiet: values.quiet });
  // Duplicates are the store's to find (within this run and against earlier ones), so that each is recorded as
  // another source of the document it repeats rather than dropped.
  const skipped = skipper({ allLanguages: values['all-languages'], keepDuplicates: true });
  const skip = (record: DocRecord): string | null => skipped(record)?.reason ?? null;
  const readOptions = { progress, fetchLinks: values.fetch };
  async function* inputs(): AsyncGenerator<ReadResult> {
    if (positionals.length > 0) yield* readInputs(positionals, readOptions);
    if (urls.length > 0) yield* readUrls(urls, readOptions);
  }
  const started = performance.now();
  let tally: IngestTally;
  try {
    tally = await ingest(inputs(), {
      store,
      lexicon,
      dictVersion,
      date: values.date,
      skip,
      keepNearDuplicates: values['keep-duplicates'],
      report: (uri, message) => process.stderr.write(`dyad: ${uri}: ${message}\n`),
    });
  } finally {
    progress.finish();
    await store.close();
  }
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(
    `dyad: ${tally.read} inputs: ${tally.added} added (${tally.sentences} sentences, ${tally.events} events), ` +
      `${tally.exists} already stored, ${tally.duplicate} duplicates of stored documents, ${tally.skipped} skipped, ${tally.failed} failed; ` +
      `${seconds.toFixed(1)} s, ${Math.round(tally.read / Math.max(seconds, 1e-9))} documents/s\n`,
  );
  return tally.failed + loaded.errors > 0 ? 1 : 0;
}
