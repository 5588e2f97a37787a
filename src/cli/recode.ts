// `dyad recode [--db URL] [--dict FILE]... [--document ID]... [--force]`: code stored documents again with the
// current dictionaries and replace their annotations, one transaction each, recording the dictionary version.
// Documents already coded with this version are skipped unless --force.
import type { Source } from '../doc.ts';
import { code } from '../pipeline.ts';
import { DEFAULT_STORE, dictionaryVersion, } from '../store/index.ts';
import { dictionaries, flags, store as openStoreOrReport } from './setup.ts';

export async function run(args: string[]): Promise<number> {
  const parsed = flags({
    args,
    options: {
      db: { type: 'string', default: DEFAULT_STORE },
      dict: { type: 'string', multiple: true },
      document: { type: 'string', multiple: true },
      force: { type: 'boolean', default: false },
    },
  });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const loaded = dictionaries(values.dict);
  if (!loaded) return 1;
  const { lexicon } = loaded;
  const version = dictionaryVersion(values.dict);
  const store = await openStoreOrReport(values.db);
  if (!store) return 1;

  const only = values.document ? new Set(values.document) : null;
  const tally = { recoded: 0, current: 0, failed: 0, eventsBefore: 0, eventsAfter: 0 };
  try {
    for await (const stored of store.documents()) {
      if (only && !only.has(stored.id)) continue;
      only?.delete(stored.id);
      if (stored.dictVersion === version && !values.force) {
        tally.current++;
        continue;
      }
      try {
        const before = await store.get(stored.id);
        if (!before) continue;
        // The stored text is already clean; coding it again as plain text keeps its identity and hints.
        const source: Source = {
          uri: before.source,
          mediaType: 'text/plain',
          raw: before.text,
          hints: { id: before.id, url: before.url ?? undefined, title: before.title ?? undefined, date: before.published ?? undefined },
          warnings: [],
        };
        const after = code(source, { lexicon });
        await store.replace(stored.id, after, { dictVersion: version, trusted: true });
        tally.recoded++;
        tally.eventsBefore += before.events.length;
        tally.eventsAfter += after.events.length;
      } catch (error) {
        tally.failed++;
        process.stderr.write(`dyad: document ${stored.id}: ${(error as Error).message}\n`);
      }
    }
  } finally {
    await store.close();
  }
  for (const missing of only ?? []) {
    tally.failed++;
    process.stderr.write(`dyad: document ${missing}: not in the store\n`);
  }
  process.stderr.write(
    `dyad: ${tally.recoded} documents recoded with ${version} (events ${tally.eventsBefore} → ${tally.eventsAfter}), ` +
      `${tally.current} already current, ${tally.failed} failed\n`,
  );
  return tally.failed > 0 ? 1 : 0;
}
