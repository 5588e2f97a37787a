// A demo store from the bundled example articles, for `npm start` on a fresh clone.
import { existsSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { Lexicon } from '../lexicon/index.ts';
import { code } from '../pipeline.ts';
import { readInputs } from '../read/index.ts';
import { dictionaryVersion, openStore } from '../store/index.ts';

/** Codes every readable file under `dir` into a new SQLite store at `path`; returns how many were stored. */
export async function createDemoStore(path: string, dir: string, lexicon: Lexicon): Promise<{ documents: number; events: number; failed: string[] }> {
  if (existsSync(path)) throw new Error(`${path} already exists; the demo store is only made where there is none`);
  const store = await openStore(path);
  const dictVersion = dictionaryVersion();
  let documents = 0;
  let events = 0;
  const failed: string[] = [];
  try {
    for await (const input of readInputs([dir])) {
      if (!input.ok) {
        failed.push(`${input.uri}: ${input.error}`);
        continue;
      }
      // Sources are named from the folder's parent (examples/asean-summit.txt), not by where the clone lives.
      const source = { ...input.source, uri: relative(dirname(dir), input.source.uri) };
      const result = await store.put(code(source, { lexicon }), { dictVersion });
      if (result.status === 'added') {
        documents++;
        events += result.events;
      }
    }
  } finally {
    await store.close();
  }
  return { documents, events, failed };
}
