// What every verb does before its work: read its flags, load the dictionaries, open the store — each reporting
// its own failure on stderr so the verb only has to return the exit code.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { createDuplicateIndex } from '../dedup/index.ts';
import { isReaderGone } from '../export/sink.ts';
import { notEnglish } from '../language/index.ts';
import { loadLexicon, type Lexicon } from '../lexicon/index.ts';
import { code } from '../pipeline.ts';
import { readInputs, type ReadOptions } from '../read/index.ts';
import type { DocRecord } from '../record.ts';
import { openStore, type StoreOptions } from '../store/index.ts';
import type { Store } from '../store/types.ts';
import { usageError } from './usage.ts';

/** The parsed flags, or the usage-error exit code (2) after printing usage. */
export function flags<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> | number {
  try {
    return parseArgs(config);
  } catch (error) {
    return usageError((error as Error).message);
  }
}

/** A usage error for a --date that is not YYYY-MM-DD, else null. */
export function badDate(date: string | undefined): number | null {
  return date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date) ? usageError(`--date must be YYYY-MM-DD, not "${date}"`) : null;
}

/**
 * dyad's dictionaries plus the user's. A problem in the user's own file is an error (counted in `errors`, so the
 * verb can exit 1) though its good entries still load; one in dyad's bundled dictionaries is a warning.
 */
export function dictionaries(dicts: string[] | undefined): { lexicon: Lexicon; errors: number } | null {
  let lexicon: Lexicon;
  try {
    lexicon = loadLexicon({ dicts });
  } catch (error) {
    process.stderr.write(`dyad: ${(error as Error).message}\n`);
    return null;
  }
  let errors = 0;
  for (const problem of lexicon.problems) {
    const own = (dicts ?? []).some((file) => problem.startsWith(`${file}:`));
    if (own) errors++;
    process.stderr.write(`dyad: ${own ? 'error' : 'warning'}: ${problem}\n`);
  }
  return { lexicon, errors };
}

/**
 * What the verbs that code text check first: `--format` among theirs, `--date`, and the dictionaries. The format
 * and the loaded dictionaries, or the exit code after reporting the problem.
 */
export function codingSetup<F extends string>(
  values: { format?: string; date?: string; dict?: string[] },
  formats: readonly F[],
): { format: F; lexicon: Lexicon; errors: number } | number {
  const format = values.format as F;
  if (!formats.includes(format)) return usageError(`--format must be one of ${formats.join(', ')}, not "${values.format}"`);
  const dateError = badDate(values.date);
  if (dateError !== null) return dateError;
  const loaded = dictionaries(values.dict);
  return loaded ? { format, ...loaded } : 1;
}

/** The store at `url`, or null after naming the problem. */
export async function store(url: string, options: StoreOptions = {}): Promise<Store | null> {
  try {
    return await openStore(url, options);
  } catch (error) {
    process.stderr.write(`dyad: ${(error as Error).message}\n`);
    return null;
  }
}

/**
 * Runs a verb's reading of the store, then closes it. A reader that went away (`dyad events | head`) is no
 * failure; any other error is named and the exit code is 1.
 */
export async function readStore(opened: Store, work: (store: Store) => Promise<void>): Promise<number> {
  try {
    await work(opened);
    return 0;
  } catch (error) {
    if (isReaderGone(error)) return 0;
    process.stderr.write(`dyad: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await opened.close();
  }
}

/**
 * Each input read and coded, in order. An input that cannot be read or coded is named on stderr and counted in
 * `tally.failed`; the others go on.
 */
export async function* codedInputs(
  paths: string[],
  options: { lexicon: Lexicon; date?: string; read?: ReadOptions },
  tally: { failed: number },
): AsyncGenerator<DocRecord> {
  for await (const result of readInputs(paths, options.read)) {
    if (!result.ok) {
      tally.failed++;
      process.stderr.write(`dyad: ${result.uri}: ${result.error}\n`);
      continue;
    }
    let record: DocRecord;
    try {
      record = code(result.source, { lexicon: options.lexicon, date: options.date });
    } catch (error) {
      tally.failed++;
      process.stderr.write(`dyad: ${result.source.uri}: ${(error as Error).message}\n`);
      continue;
    }
    yield record;
  }
}

export type Skip = { kind: 'language' | 'duplicate'; reason: string };

/**
 * Why a coded document is not kept: its body is confidently not English (unless `allLanguages`), or it is an
 * exact or near duplicate of one kept earlier in this run (unless `keepDuplicates`).
 */
export function skipper(options: { allLanguages: boolean; keepDuplicates: boolean }): (record: DocRecord) => Skip | null {
  const seen = createDuplicateIndex();
  return (record) => {
    const foreign = options.allLanguages ? null : notEnglish(record.text);
    if (foreign) return { kind: 'language', reason: foreign };
    if (options.keepDuplicates || record.text === '') return null;
    const verdict = seen.see(record.source, record.text);
    if (!verdict.duplicate) return null;
    return { kind: 'duplicate', reason: `${verdict.kind} duplicate of ${verdict.of} (similarity ${verdict.similarity.toFixed(2)})` };
  };
}
