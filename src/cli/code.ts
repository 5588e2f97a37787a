// `dyad code [PATH|URL|-]... [--format json|jsonl|tsv|table] [--date YYYY-MM-DD] [--dict FILE]... [--expand-members]
//   [--fetch] [--all-languages] [--keep-duplicates] [--quiet]`
import { createDuplicateIndex } from '../dedup/index.ts';
import { notEnglish } from '../language/index.ts';
import { code } from '../pipeline.ts';
import { readInputs } from '../read/index.ts';
import { createProgress } from '../read/progress.ts';
import type { DocRecord } from '../record.ts';
import { expandMembers } from '../relations/expand.ts';
import { FORMATS, table, tsvRows, TSV_COLUMNS, type Format } from './print.ts';
import { badDate, dictionaries, flags } from './setup.ts';
import { usageError } from './usage.ts';

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
  const format = values.format as Format;
  if (!FORMATS.includes(format)) return usageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`);
  const dateError = badDate(values.date);
  if (dateError !== null) return dateError;
  const loaded = dictionaries(values.dict);
  if (!loaded) return 1;
  const { lexicon } = loaded;
  let failed = loaded.errors;
  const paths = positionals.length > 0 ? positionals : ['-'];
  const skipped = { language: 0, duplicate: 0 };
  const records: DocRecord[] = [];
  const progress = createProgress({ quiet: values.quiet });
  const seen = createDuplicateIndex();
  if (format === 'tsv') process.stdout.write(`${TSV_COLUMNS.join('\t')}\n`);
  for await (const result of readInputs(paths, { progress, fetchLinks: values.fetch })) {
    if (!result.ok) {
      failed++;
      process.stderr.write(`dyad: ${result.uri}: ${result.error}\n`);
      continue;
    }
    let record: DocRecord;
    try {
      record = code(result.source, { lexicon, date: values.date });
      if (values['expand-members']) record = expandMembers(record, lexicon.relations.knowledge);
    } catch (error) {
      failed++;
      process.stderr.write(`dyad: ${result.source.uri}: ${(error as Error).message}\n`);
      continue;
    }
    const foreign = values['all-languages'] ? null : notEnglish(record.text);
    if (foreign) {
      skipped.language++;
      process.stderr.write(`dyad: ${record.source}: skipped, ${foreign}\n`);
      continue;
    }
    const verdict = values['keep-duplicates'] || record.text === '' ? null : seen.see(record.source, record.text);
    if (verdict?.duplicate) {
      skipped.duplicate++;
      process.stderr.write(`dyad: ${record.source}: skipped, ${verdict.kind} duplicate of ${verdict.of}\n`);
      continue;
    }
    if (format === 'json') records.push(record);
    else if (format === 'jsonl') process.stdout.write(`${JSON.stringify(record)}\n`);
    else if (format === 'tsv') process.stdout.write(tsvRows(record));
    else process.stdout.write(table(record));
  }
  progress.finish();
  if (format === 'json') process.stdout.write(`${JSON.stringify(records.length === 1 ? records[0] : records, null, 2)}\n`);
  if (skipped.language + skipped.duplicate > 0 && !values.quiet) {
    process.stderr.write(`dyad: skipped ${skipped.language} not in English and ${skipped.duplicate} duplicate(s)\n`);
  }
  return failed > 0 ? 1 : 0;
}
