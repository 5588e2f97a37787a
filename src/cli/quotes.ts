
import type { DocRecord } from '../record.ts';
import { codedInputs, codingSetup, flags } from './setup.ts';

const FORMATS = ['tsv', 'jsonl'] as const;

export const QUOTE_COLUMNS = ['document', 'source', 'kind', 'speaker', 'speakerActor', 'cue', 'start', 'end', 'text'];

const cell = (value: unknown): string => (value === null || value === undefined ? '' : String(value).replace(/[\t\n\r]+/g, ' '));

export function quoteRows(record: DocRecord): Array<Record<string, string | number | null>> {
  return record.quotes.map((quote) => ({
    document: record.id,
    source: record.source,
    kind: quote.kind,
    speaker: quote.speaker?.name ?? null,
    speakerActor: quote.speaker?.actor ?? null,
    cue: quote.cue?.text ?? null,
    start: quote.start,
    end: quote.end,
    text: quote.text,
  }));
}

export async function run(args: string[]): Promise<number> {
  if (args.some((arg) => arg === '--db' || arg.startsWith('--db='))) return (await import('./stored-quotes.ts')).run(args);
  const parsed = flags({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'tsv' },
      date: { type: 'string' },
      dict: { type: 'string', multiple: true },
    },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const loaded = codingSetup(values, FORMATS);
  if (typeof loaded === 'number') return loaded;
  const { format } = loaded;
  const tally = { failed: loaded.errors };
  if (format === 'tsv') process.stdout.write(`${QUOTE_COLUMNS.join('\t')}\n`);
  for await (const record of codedInputs(positionals.length > 0 ? positionals : ['-'], { lexicon: loaded.lexicon, date: values.date }, tally)) {
    for (const row of quoteRows(record)) {
      process.stdout.write(format === 'jsonl' ? `${JSON.stringify(row)}\n` : `${QUOTE_COLUMNS.map((column) => cell(row[column])).join('\t')}\n`);
    }
  }
  return tally.failed > 0 ? 1 : 0;
}
