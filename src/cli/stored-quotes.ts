// `dyad quotes --db URL [--speaker NAME] [--actor CODE] [--text WORDS] [--document ID] [--limit N] [--offset N]
// [--format csv|jsonl]`: quotations from a store. src/cli/quotes.ts hands over to this when given --db.
import { QUOTE_KEYS, TABLE_FORMATS, writeTable, type TableFormat } from '../export/index.ts';
import { streamSink } from '../export/sink.ts';
import { DEFAULT_STORE, } from '../store/index.ts';
import type { QuoteQuery, } from '../store/types.ts';
import { flags, readStore, store as openStoreOrReport } from './setup.ts';
import { usageError } from './usage.ts';

export async function run(args: string[]): Promise<number> {
  const parsed = flags({
    args,
    options: {
      db: { type: 'string', default: DEFAULT_STORE },
      speaker: { type: 'string' },
      actor: { type: 'string' },
      text: { type: 'string' },
      document: { type: 'string' },
      limit: { type: 'string' },
      offset: { type: 'string' },
      format: { type: 'string', default: 'csv' },
    },
  });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const format = values.format as TableFormat;
  if (!TABLE_FORMATS.includes(format)) return usageError(`--format must be one of ${TABLE_FORMATS.join(', ')}, not "${values.format}"`);
  const query: QuoteQuery = { speaker: values.speaker, document: values.document };
  if (values.actor !== undefined) {
    if (!/^[A-Za-z0-9]+$/.test(values.actor)) return usageError(`--actor "${values.actor}" is not an actor code`);
    query.actor = values.actor.toUpperCase();
  }
  if (values.text !== undefined) {
    if (!/[\p{L}\p{N}]/u.test(values.text)) return usageError(`--text "${values.text}" has no words to search for`);
    query.text = values.text;
  }
  for (const name of ['limit', 'offset'] as const) {
    const value = values[name];
    if (value === undefined) continue;
    if (!/^\d+$/.test(value)) return usageError(`--${name} must be a whole number, not "${value}"`);
    query[name] = Number(value);
  }
  const store = await openStoreOrReport(values.db);
  if (!store) return 1;
  return readStore(store, async () => {
    await writeTable(await store.quotes(query), format, QUOTE_KEYS, streamSink(process.stdout));
  });
}
