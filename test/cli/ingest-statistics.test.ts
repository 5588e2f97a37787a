import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingest, type IngestOptions } from '../../src/cli/ingest.ts';
import { loadLexicon } from '../../src/lexicon/index.ts';
import { textSource } from '../../src/read/text.ts';
import { storedRecord } from '../../src/store/rows.ts';
import type { PutResult, Store } from '../../src/store/types.ts';

const lexicon = loadLexicon();

/** A store that takes every document and counts the calls of optimize(). */
function countingStore(analyzesItself: boolean): { store: Store; optimized: () => number } {
  let optimized = 0;
  const partial: Pick<Store, 'analyzesItself' | 'stage' | 'putMany' | 'optimize'> = {
    analyzesItself,
    stage: (record) => ({ id: record.id, staged: storedRecord(record) }),
    putMany: async (records) => records.map((record): PutResult => ({ status: 'added', id: record.id, sentences: 1, events: 0 })),
    optimize: async () => {
      optimized++;
    },
  };
  return { store: partial as Store, optimized: () => optimized };
}

async function ingestMany(store: Store, count: number): Promise<void> {
  const inputs = Array.from({ length: count }, (_, i) => ({ ok: true as const, source: textSource(`doc-${i}`, `Kenya praised Ethiopia on day ${i}.`) }));
  const options: IngestOptions = { store, lexicon, dictVersion: 'test', report: () => undefined };
  const tally = await ingest(inputs, options);
  assert.equal(tally.added, count);
}

test('a large ingest refreshes the planner statistics of a database that does not keep them itself', async () => {
  const { store, optimized } = countingStore(false);
  await ingestMany(store, 1000);
  assert.equal(optimized(), 1);
});

test('a large ingest leaves the statistics to a database that analyzes itself, and a small one to later', async () => {
  const itself = countingStore(true);
  await ingestMany(itself.store, 1000);
  assert.equal(itself.optimized(), 0);
  const small = countingStore(false);
  await ingestMany(small.store, 10);
  assert.equal(small.optimized(), 0);
});
