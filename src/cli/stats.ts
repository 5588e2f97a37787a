// `dyad stats --by day|week|month|dyad|quad|root [--db URL] [filters] [--format csv|jsonl|table]`: event counts
// with mean Goldstein per period, dyad, quad class or root.
import { STAT_KEYS, writeTable } from '../export/index.ts';
import { streamSink } from '../export/sink.ts';
import { FILTER_OPTIONS, filterFromOptions } from '../store/filter.ts';
import { DEFAULT_STORE, } from '../store/index.ts';
import { STATS_BY, type StatRow, type StatsBy, } from '../store/types.ts';
import { flags, readStore, store as openStoreOrReport } from './setup.ts';
import { usageError } from './usage.ts';

const FORMATS = ['csv', 'jsonl', 'table'] as const;

function table(rows: StatRow[], by: StatsBy): string {
  const cells = [[by, 'events', 'mean goldstein'], ...rows.map((r) => [r.key, String(r.count), r.goldstein === null ? '' : r.goldstein.toFixed(2)])];
  const widths = cells[0].map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  return cells.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')).join('\n') + '\n';
}

export async function run(args: string[]): Promise<number> {
  const parsed = flags({
    args,
    options: { db: { type: 'string', default: DEFAULT_STORE }, by: { type: 'string' }, format: { type: 'string', default: 'csv' }, ...FILTER_OPTIONS },
  });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const by = values.by as StatsBy;
  if (!STATS_BY.includes(by)) return usageError(`--by must be one of ${STATS_BY.join(', ')}${values.by ? `, not "${values.by}"` : ''}`);
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) return usageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`);
  let filter;
  try {
    filter = filterFromOptions(values);
  } catch (error) {
    return usageError((error as Error).message);
  }
  const store = await openStoreOrReport(values.db);
  if (!store) return 1;
  return readStore(store, async () => {
    const rows = await store.stats(by, filter);
    const sink = streamSink(process.stdout);
    if (format === 'table') await sink(table(rows, by));
    else await writeTable(rows, format, STAT_KEYS, sink);
  });
}
