// `dyad events [--db URL] [filters] [--stories] [--format jsonl|csv|gdelt|plover] [--no-header]`: stored events
// out, one row per mention, or per story (the same event across articles, as GDELT counts) with --stories.
// gdelt always writes stories and, unless --negated or --mode say otherwise, only asserted events.
import { EVENT_FORMATS, EVENT_KEYS, STORY_KEYS, writeGdelt, writePlover, writeTable, type EventFormat } from '../export/index.ts';
import { streamSink } from '../export/sink.ts';
import { FILTER_OPTIONS, filterFromOptions } from '../store/filter.ts';
import { DEFAULT_STORE, } from '../store/index.ts';
import { flags, readStore, store as openStoreOrReport } from './setup.ts';
import { usageError } from './usage.ts';

export async function run(args: string[]): Promise<number> {
  const parsed = flags({
    args,
    options: {
      db: { type: 'string', default: DEFAULT_STORE },
      format: { type: 'string', default: 'jsonl' },
      stories: { type: 'boolean', default: false },
      'no-header': { type: 'boolean', default: false },
      ...FILTER_OPTIONS,
    },
  });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const format = values.format as EventFormat;
  if (!EVENT_FORMATS.includes(format)) return usageError(`--format must be one of ${EVENT_FORMATS.join(', ')}, not "${values.format}"`);
  let query;
  try {
    query = filterFromOptions(values);
  } catch (error) {
    return usageError((error as Error).message);
  }
  if (format === 'gdelt') {
    query.negated ??= false;
    if (values.mode === undefined) query.mode = null;
  }

  const store = await openStoreOrReport(values.db);
  if (!store) return 1;
  const sink = streamSink(process.stdout);
  const header = !values['no-header'];
  return readStore(store, async () => {
    if (format === 'gdelt') await writeGdelt(store.eachStory(query), sink, { header });
    else if (format === 'plover') await writePlover(store.eachEvent(query), sink);
    else if (values.stories) await writeTable(store.eachStory(query), format, STORY_KEYS, sink, { header });
    else await writeTable(store.eachEvent(query), format, EVENT_KEYS, sink, { header });
  });
}
