// `dyad recode [--db URL] [--dict FILE]... [--document ID]... [--force]`: code stored documents again with the
// current dictionaries and replace their annotations, one transaction each, recording the dictionary version.
// Documents already coded with this version are skipped unless --force.
import { parseArgs } from 'node:util';
import type { Source } from '../doc.ts';
import { loadLexicon } from '../lexicon/index.ts';
import { code } from '../pipeline.ts';
import { DEFAULT_STORE, dictionaryVersion, openStore } from '../store/index.ts';
import type { Store } from '../store/types.ts';
import { usageError } from './usage.ts';

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        db: { type: 'string', default: DEFAULT_STORE },
        dict: { type: 'string', multiple: true },
        document: { type: 'string', multiple: true },
        force: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values } = parsed;
  let lexicon;
  let version: string;
  try {
    lexicon = loadLexicon({ dicts: values.dict });
    version = dictionaryVersion(values.dict);
  } catch (error) {
    process.stderr.write(`dyad: ${(error as Error).message}\n`);
    return 1;
  }
  for (const problem of lexicon.problems) process.stderr.write(`dyad: warning: ${problem}\n`);
  let store: Store;
  try {
    store = await openStore(values.db);
  } catch (error) {
    process.stderr.write(`dyad: ${(error as Error).message}\n`);
    return 1;
  }

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
