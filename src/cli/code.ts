// `dyad code [PATH|URL|-]... [--format json|jsonl|tsv|table] [--date YYYY-MM-DD] [--dict FILE]... [--expand-members]
//   [--fetch] [--all-languages] [--keep-duplicates] [--quiet]`
import { createProgress } from '../read/progress.ts';
import type { DocRecord } from '../record.ts';
import { expandMembers } from '../relations/expand.ts';
import { FORMATS, table, tsvRows, TSV_COLUMNS } from './print.ts';
import { codedInputs, codingSetup, flags, skipper } from './setup.ts';

export async function run(args: string[]): Promise<number> {
  const parsed = flags({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'json' },
      date: { type: 'string' },
      dict: { type: 'string', multiple: true },
      'expand-members': { type: 'boolean', default: false },
      fetch: { type: 'boolean', default: false },
      'all-languages': { type: 'boolean', default: false },
      'keep-duplicates': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
    },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const loaded = codingSetup(values, FORMATS);
  if (typeof loaded === 'number') return loaded;
  const { format, lexicon } = loaded;
  const paths = positionals.length > 0 ? positionals : ['-'];
  const skips = { language: 0, duplicate: 0 };
  const json = jsonWriter();
  const progress = createProgress({ quiet: values.quiet });
  const skip = skipper({ allLanguages: values['all-languages'], keepDuplicates: values['keep-duplicates'] });
  const tally = { failed: loaded.errors };
  if (format === 'tsv') process.stdout.write(`${TSV_COLUMNS.join('\t')}\n`);
  for await (const coded of codedInputs(paths, { lexicon, date: values.date, read: { progress, fetchLinks: values.fetch } }, tally)) {
    const record = values['expand-members'] ? expandMembers(coded, lexicon.relations.knowledge) : coded;
    const skipped = skip(record);
    if (skipped) {
      skips[skipped.kind]++;
      process.stderr.write(`dyad: ${record.source}: skipped, ${skipped.reason}\n`);
      continue;
    }
    if (format === 'json') json.add(record);
    else if (format === 'jsonl') process.stdout.write(`${JSON.stringify(record)}\n`);
    else if (format === 'tsv') process.stdout.write(tsvRows(record));
    else process.stdout.write(table(record));
  }
  progress.finish();
  if (format === 'json') json.end();
  if (skips.language + skips.duplicate > 0 && !values.quiet) {
    process.stderr.write(`dyad: skipped ${skips.language} not in English and ${skips.duplicate} duplicate(s)\n`);
  }
  return tally.failed > 0 ? 1 : 0;
}

/**
 * The json format: one record as it is, several as an array. Records are written as they come (the first waits
 * for a second), so a long run holds one record, not all; the text is what stringifying the array would give.
 */
function jsonWriter(): { add(record: DocRecord): void; end(): void } {
  let first: DocRecord | null = null;
  let count = 0;
  const item = (record: DocRecord): string => `  ${JSON.stringify(record, null, 2).replace(/\n/g, '\n  ')}`;
  return {
    add(record) {
      count++;
      if (count === 1) first = record;
      else if (count === 2 && first) {
        process.stdout.write(`[\n${item(first)},\n${item(record)}`);
        first = null;
      } else process.stdout.write(`,\n${item(record)}`);
    },
    end() {
      if (count === 0) process.stdout.write('[]\n');
      else if (first) process.stdout.write(`${JSON.stringify(first, null, 2)}\n`);
      else process.stdout.write('\n]\n');
    },
  };
}
